import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactKind, CANONICAL_FORMAT, type CanonicalArtefact } from '../public-notice/canonical-form';
import { UnprintableTextError } from './notice-fonts';
import { renderNoticePdf } from './notice-pdf';
import { hexGroups, type PrintableNotice } from './printable-notice';

const DIGEST = 'ab'.repeat(32);

function notice(rows: string[][], title = '2026 年第 1 季度积分及排名公示（第 1 版）'): PrintableNotice {
  const content: CanonicalArtefact = {
    format: CANONICAL_FORMAT,
    kind: ArtefactKind.TALLY_NOTICE,
    id: '00000000-0000-4000-8000-000000000001',
    district: '清河区',
    town: '宋村镇',
    village: '东沟村',
    title,
    postedOn: '2026-04-03',
    windowEndsOn: '2026-04-10',
    sourceHash: null,
    columns: ['排名组', '名次', '姓名', '信用积分', '本期信用积分', '履职积分'],
    rows,
  };
  return {
    content,
    digest: DIGEST,
    entrySeq: 7,
    checkpoint: { seq: 9, rootHash: 'cd'.repeat(32) },
    publicUrl: `http://127.0.0.1:3000/m/public/${content.id}?d=${DIGEST.slice(0, 16)}`,
    loggedAt: new Date('2026-04-03T02:00:00Z'),
  };
}

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    '村民',
    String(i + 1),
    i === 0 ? '𠮷*云' : '张*明',
    (1000 + i).toFixed(2),
    '3.00',
    '0.00',
  ]);

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'notice-pdf-')), 'notice.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

describe('renderNoticePdf', () => {
  it('prints the table with a real glyph for 𠮷, the digest in groups and page numbers', async () => {
    const text = pdfText(await renderNoticePdf(notice(rows(30)), 'A4'));
    expect(text).toContain('东沟村');
    expect(text).toContain('𠮷*云');
    expect(text).toContain(hexGroups(DIGEST.slice(0, 32)));
    expect(text.replace(/ /g, '')).toMatch(/第1页\/共\d页/);
  });

  it('repeats the header on every page of a long list', async () => {
    const text = pdfText(await renderNoticePdf(notice(rows(120)), 'A4'));
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toContain('本期信用积分');
    expect(text.replace(/ /g, '')).toContain(`/共${pages.length}页`);
  });

  it('refuses a character no font can draw instead of printing a box', async () => {
    const promise = renderNoticePdf(notice([['村民', '1', '𪚥*云', '1.00', '1.00', '0.00']]), 'A4');
    await expect(promise).rejects.toBeInstanceOf(UnprintableTextError);
    await expect(promise).rejects.toThrow('U+2A6A5');
  });
});
