import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { hexGroups, XLSX_HEADER_ROW, type CanonicalArtefact } from '@village/reporting';
import { startTestApp, type TestApp } from '../support/test-app';
import { arrangeDistrict, type ArrangedVillage } from '../support/arrange';
import { arrangePostedNotice } from './posted-notice';

/**
 * The printable notice (issue 14 item 8): anyone downloads a posted notice as PDF (A4, A3) or XLSX
 * without an account; the PDF's text (pdftotext) holds the village, the masked names — 𠮷 with a
 * real glyph from the fallback face — the digest in groups and the public address of the QR code;
 * it is built from the logged canonical form even after a line is altered in the database; unknown or
 * unposted ids are 404; the per-address budget answers 429; behind a trusted proxy the QR code
 * carries the public host.
 */

interface Posted {
  village: ArrangedVillage;
  noticeId: string;
  unpostedTallyId: string;
  canonical: CanonicalArtefact;
  digest: string;
}

async function postedVillage(t: TestApp, names: string[]): Promise<Posted> {
  const district = await arrangeDistrict(t);
  const posted = await arrangePostedNotice(t, district.unit, names);
  const [entry] = await t.db.adminQuery<{ canonical: string; digest: string }>(
    'SELECT canonical, digest FROM published_artefact WHERE artefact_id = $1',
    [posted.noticeId],
  );
  return {
    village: posted.village,
    noticeId: posted.noticeId,
    unpostedTallyId: posted.unpostedTallyId,
    canonical: JSON.parse(entry.canonical) as CanonicalArtefact,
    digest: entry.digest,
  };
}

/** GET with the body as bytes, whatever its type. */
function download(t: TestApp, path: string, headers: Record<string, string> = {}) {
  const req = request(t.app.getHttpServer()).get(path);
  for (const [name, value] of Object.entries(headers)) req.set(name, value);
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'notice-')), 'notice.pdf');
  writeFileSync(file, pdf);
  return execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });
}

/** With UPDATE_SCREENSHOTS=1 (as the browser journeys), page 1 as the README's picture of the printed notice. */
function savePicture(pdf: Buffer, name: string): void {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const file = join(mkdtempSync(join(tmpdir(), 'notice-')), 'notice.pdf');
  writeFileSync(file, pdf);
  const out = join(__dirname, '../../docs/screenshots', name);
  execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-png', '-singlefile', file, out]);
}

const escapeRegExp = (text: string) => text.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&');
const jsonOf = (body: Buffer) => JSON.parse(body.toString('utf8')) as { code: string; message: string };

describe('printable notice downloads', () => {
  let t: TestApp;
  let posted: Posted;
  const names = [
    '张兆明',
    '欧阳建国',
    '𠮷祥云',
    ...Array.from({ length: 9 }, (_, i) => `王${'春夏秋冬梅兰竹菊松'[i]}燕`),
  ];

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    posted = await postedVillage(t, names);
  });
  afterAll(() => t.close());

  it('serves the A4 PDF to anyone: village, masked names, 𠮷 with a real glyph, the digest and the QR address', async () => {
    const res = await download(t, `/files/public/${posted.noticeId}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.etag).toBe(`W/"${posted.digest}"`);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(posted.canonical.village ?? '')}`,
    );
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('（A4）.pdf'));
    const pdf = res.body as Buffer;
    const text = poppler('pdftotext', pdf);
    expect(text).toContain(posted.canonical.village);
    expect(text).toContain(posted.canonical.title);
    for (const masked of ['张*明', '欧**国', '𠮷*云']) expect(text).toContain(masked);
    expect(text).not.toMatch(/张兆明|欧阳建国|𠮷祥云/);
    // The digest in groups of four; pdftotext may break a printed line between groups (its reading
    // order depends on the glyph widths of the digits), so any whitespace may separate them.
    const grouped = new RegExp(hexGroups(posted.digest).split(' ').join('\\s+'));
    expect(text).toMatch(grouped);
    expect(text.replace(/ /g, '')).toMatch(/第1页\/共\d+页/);
    // The address the QR code carries (the printed line may wrap), on the host the request was sent to.
    const address = `/m/public/${posted.noticeId}?d=${posted.digest.slice(0, 16)}`;
    expect(text.replace(/\s/g, '')).toMatch(
      new RegExp(`http://127\\.0\\.0\\.1:\\d+${escapeRegExp(address)}`),
    );
    // 𠮷 is not in Noto Sans SC: its glyph comes from the system's Noto Sans CJK, embedded as a subset.
    savePicture(pdf, 'printed-notice-a4');
    const fonts = poppler('pdffonts', pdf);
    expect(fonts).toMatch(/\+NotoSansSC-Regular .* yes yes yes/);
    expect(fonts).toMatch(/\+NotoSansCJKsc-Regular .* yes yes yes/);
  });

  it('prints on A3 when asked, A4 otherwise; other sizes are refused', async () => {
    const a4 = await download(t, `/files/public/${posted.noticeId}.pdf?size=A4`);
    const a3 = await download(t, `/files/public/${posted.noticeId}.pdf?size=a3`);
    expect(poppler('pdfinfo', a4.body as Buffer)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(poppler('pdfinfo', a3.body as Buffer)).toMatch(/Page size:\s+841\.89 x 1190\.55 pts \(A3\)/);
    expect(a3.headers['content-disposition']).toContain(encodeURIComponent('（A3）.pdf'));
    const b5 = await download(t, `/files/public/${posted.noticeId}.pdf?size=B5`);
    expect(b5.status).toBe(400);
    expect(jsonOf(b5.body as Buffer).message).toContain('A4 或 A3');
  });

  it('ignores X-Forwarded-Host when no proxy is trusted (TRUST_PROXY unset)', async () => {
    const res = await download(t, `/files/public/${posted.noticeId}.pdf`, {
      'x-forwarded-host': 'elsewhere.example.com',
    });
    const text = poppler('pdftotext', res.body as Buffer).replace(/\s/g, '');
    expect(text).toMatch(new RegExp(`http://127\\.0\\.0\\.1:\\d+/m/public/${posted.noticeId}`));
    expect(text).not.toContain('elsewhere.example.com');
  });

  it('answers 304 to a client that already holds this digest', async () => {
    const res = await download(t, `/files/public/${posted.noticeId}.pdf`, {
      'if-none-match': `W/"${posted.digest}"`,
    });
    expect(res.status).toBe(304);
  });

  it('serves the XLSX: the header and rows exactly as the canonical form, and the digest', async () => {
    const res = await download(t, `/files/public/${posted.noticeId}.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const width = posted.canonical.columns.length;
    const rowAt = (r: number) =>
      Array.from({ length: width }, (_, c) => {
        const value = sheet.getCell(r, c + 1).value;
        return value === null || value === undefined ? '' : String(value);
      });
    expect(sheet.getCell(2, 1).value).toBe(posted.canonical.title);
    expect(rowAt(XLSX_HEADER_ROW)).toEqual(posted.canonical.columns);
    const rows = posted.canonical.rows.map((_, i) => rowAt(XLSX_HEADER_ROW + 1 + i));
    expect(rows).toEqual(posted.canonical.rows);
    expect(rows.length).toBe(names.length);
    const notes: string[] = [];
    sheet.eachRow((row) => notes.push(row.values?.toString() ?? ''));
    expect(notes.join('\n')).toContain(hexGroups(posted.digest));
  });

  it('prints what was posted, not a line altered in the database afterwards', async () => {
    const first = posted.canonical.rows[0];
    const creditAt = posted.canonical.columns.indexOf('信用积分');
    await t.db.adminQuery(`
      ALTER TABLE score_tally_line DISABLE TRIGGER USER;
      UPDATE score_tally_line SET credit_score = credit_score + 50
       WHERE tally_id = (SELECT tally_id FROM public_notice WHERE id = '${posted.noticeId}') AND rank = 1;
      ALTER TABLE score_tally_line ENABLE TRIGGER USER;`);
    const altered = (Number(first[creditAt]) + 50).toFixed(2);
    const [live] = await t.db.adminQuery<{ credit_score: string }>(
      `SELECT credit_score FROM score_tally_line
        WHERE tally_id = (SELECT tally_id FROM public_notice WHERE id = $1) AND rank = 1`,
      [posted.noticeId],
    );
    expect(Number(live.credit_score).toFixed(2)).toBe(altered);
    const text = poppler(
      'pdftotext',
      (await download(t, `/files/public/${posted.noticeId}.pdf`)).body as Buffer,
    );
    expect(text).toContain(first[creditAt]);
    expect(text).not.toContain(altered);
  });

  it('is 404 with a Chinese message for an unknown id, a malformed one and a tally not on notice', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', posted.unpostedTallyId]) {
      for (const ext of ['pdf', 'xlsx']) {
        const res = await download(t, `/files/public/${id}.${ext}`);
        expect(res.status).toBe(404);
        expect(jsonOf(res.body as Buffer)).toMatchObject({ code: 'NOT_FOUND' });
        expect(jsonOf(res.body as Buffer).message).toContain('找不到该公开内容');
        expect(res.headers['cache-control']).toBe('no-store');
      }
    }
  });
});

describe('printable notice downloads: rate limit and a trusted proxy', () => {
  let t: TestApp;
  let posted: Posted;
  beforeAll(async () => {
    t = await startTestApp({
      demoPeople: false,
      env: { PUBLIC_REQUESTS_PER_MINUTE: '3', TRUST_PROXY: 'loopback' },
    });
    posted = await postedVillage(t, ['李秀英']);
  });
  afterAll(() => t.close());

  it('puts the public host the proxy names in the QR address', async () => {
    const res = await download(t, `/files/public/${posted.noticeId}.pdf`, {
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'cunwu.example.cn',
    });
    expect(res.status).toBe(200);
    expect(poppler('pdftotext', res.body as Buffer).replace(/\s/g, '')).toContain(
      `https://cunwu.example.cn/m/public/${posted.noticeId}?d=${posted.digest.slice(0, 16)}`,
    );
  });

  it('refuses a client over its budget with 429 and the wait', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await download(t, `/files/public/${id}.pdf`));
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 429, 429]);
    expect(jsonOf(answers[3].body as Buffer).message).toMatch(/访问过于频繁/);
    expect(Number(answers[3].headers['retry-after'])).toBeGreaterThan(0);
    // Another client address (through the trusted proxy) has its own budget.
    const other = await download(t, `/files/public/${posted.noticeId}.xlsx`, {
      'x-forwarded-for': '198.51.100.4',
    });
    expect(other.status).toBe(200);
  });
});
