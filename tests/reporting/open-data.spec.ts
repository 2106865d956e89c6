import { BASE_FIGURES, OPEN_DATA_FORMAT, openDataColumns, YEAR_ONLY } from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { startTestApp, type TestApp } from '../support/test-app';
import { arrangeDistrict, arrangeResident, townAdminOf } from '../support/arrange';
import { arrangeFiguresDistrict, download, jsonOf, type FiguresDistrict } from './figures-district';

/**
 * Open data (issue 14 item 8, docs/open-data-format.md): a district's base figures per village and
 * period as CSV (UTF-8 with BOM, RFC 4180) and JSON, equal to the roll-up (village_figure) row for
 * row; staff of the district only, each under their scope (a town its villages, a village its own);
 * and nothing in either file that belongs to a person.
 */

/** RFC 4180, as a reader of the file would parse it: every line must end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && !(c === '\r' && next === '\n'))) {
      field += c;
    } else {
      row.push(field);
      field = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i += 1;
      }
    }
  }
  if (field || row.length) throw new Error('the last line does not end in CRLF');
  return rows;
}

interface Json {
  format: string;
  district: { code: string; name: string };
  year: number;
  columns: { key: string; description: string }[];
  rows: Record<string, string | number | null>[];
}

describe('open data: a district’s figures per village and period, CSV and JSON', () => {
  let t: TestApp;
  let d: FiguresDistrict;
  const path = (ext: 'csv' | 'json', districtId = d.district.unit.id, year: string | number = DEMO_YEAR) =>
    `/files/open-data/${districtId}/${year}.${ext}`;
  const csvOf = async (token: string) => {
    const res = await download(t, path('csv'), token);
    expect(res.status).toBe(200);
    return parseCsv((res.body as Buffer).toString('utf8').replace(/^\uFEFF/, ''));
  };

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    d = await arrangeFiguresDistrict(t);
  });
  afterAll(() => t.close());

  it('gives the district every village × period with the roll-up’s values, CSV with a BOM', async () => {
    const res = await download(t, path('csv'), d.district.admin.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(body.toString('utf8').slice(1));
    expect(header).toEqual(openDataColumns().map((c) => c.key));
    expect(header).toEqual(expect.arrayContaining([...BASE_FIGURES]));
    expect(rows.length).toBe(3 * 17);
    // The village named with a comma and quotes reads back as it is.
    expect(rows.map((r) => r[header.indexOf('village_name')])).toContain(d.villages[0].name);

    const stored = await t.db.adminQuery<{
      code: string;
      period_kind: string;
      period_number: number;
      figure: string;
      value: string;
    }>(
      `SELECT v.code, f.period_kind, f.period_number, f.figure, f.value FROM village_figure f
         JOIN org_unit v ON v.id = f.village_id WHERE f.district_id = $1 AND f.year = $2`,
      [d.district.unit.id, DEMO_YEAR],
    );
    expect(stored.length).toBeGreaterThan(0);
    const byRow = new Map(rows.map((r) => [`${r[4]}|${r[7]}|${r[8]}`, r]));
    for (const s of stored) {
      const row = byRow.get(`${s.code}|${s.period_kind}|${s.period_number}`);
      if (!row) throw new Error(`no row for ${s.code} ${s.period_kind} ${s.period_number}`);
      const cell = row[header.indexOf(s.figure)];
      const hidden = s.period_kind !== 'YEAR' && YEAR_ONLY.has(s.figure as never);
      expect({ ...s, cell }).toEqual({ ...s, cell: hidden ? '' : String(Number(s.value)) });
    }
    // 张兆明, 李秀英 and 王春燕 live in the first village.
    const [first] = await t.db.adminQuery<{ code: string }>('SELECT code FROM org_unit WHERE id = $1', [
      d.villages[0].id,
    ]);
    const year = rows.find((r) => r[4] === first.code && r[7] === 'YEAR');
    expect(year?.[header.indexOf('residents')]).toBe('3');
  });

  it('gives the same rows as JSON, with the format and each column’s meaning', async () => {
    const res = await download(t, path('json'), d.district.admin.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`年村级指标开放数据.json`));
    const json = JSON.parse((res.body as Buffer).toString('utf8')) as Json;
    expect(json).toMatchObject({
      format: OPEN_DATA_FORMAT,
      year: DEMO_YEAR,
      district: { name: d.district.unit.name },
    });
    expect(json.columns).toEqual(openDataColumns());
    const [header, ...rows] = await csvOf(d.district.admin.token);
    expect(json.rows.length).toBe(rows.length);
    json.rows.forEach((row, i) => {
      expect(Object.keys(row)).toEqual(header);
      const asCsv = header.map((k) => (row[k] === null ? '' : String(row[k])));
      expect(asCsv.slice(0, -1)).toEqual(rows[i].slice(0, -1)); // computed_at: the same moment
      expect(new Date(row.computed_at as string).getTime()).toBe(
        new Date(rows[i][header.length - 1]).getTime(),
      );
    });
    const month = json.rows.find((r) => r.period_kind === 'MONTH');
    expect(month?.residents).toBeNull();
    expect(typeof month?.declarations).toBe('number');
  });

  it('gives a town its villages and a village its own, and nothing to another district or a villager', async () => {
    const townAdmin = await townAdminOf(t, d.townA);
    const [header, ...town] = await csvOf(townAdmin.token);
    const villageCodes = (rows: string[][]) => [
      ...new Set(rows.map((r) => r[header.indexOf('village_code')])),
    ];
    const codes = await t.db.adminQuery<{ id: string; code: string }>(
      'SELECT id, code FROM org_unit WHERE id = ANY ($1)',
      [d.villages.map((v) => v.id)],
    );
    const codeOf = (id: string) => codes.find((c) => c.id === id)?.code;
    expect(villageCodes(town).sort()).toEqual([codeOf(d.villages[0].id), codeOf(d.villages[1].id)].sort());
    const [, ...own] = await csvOf(d.villages[2].admin.token);
    expect(villageCodes(own)).toEqual([codeOf(d.villages[2].id)]);

    const other = await arrangeDistrict(t);
    const refused = await download(t, path('csv'), other.admin.token);
    expect(refused.status).toBe(404);
    expect(jsonOf(refused.body as Buffer).message).toBe('districtId：找不到该区，或您无权导出其数据');
    const villager = await arrangeResident(t, d.villages[1], { name: '毕淑芳', login: true });
    expect((await download(t, path('json'), villager.user?.token)).status).toBe(404);
    expect((await download(t, path('csv'))).status).toBe(401);
    const year = await download(t, path('csv', d.district.unit.id, 'abc'), d.district.admin.token);
    expect(year.status).toBe(400);
    expect(jsonOf(year.body as Buffer).fields).toEqual([
      { field: 'year', reasons: ['年度应为 2000–2100 之间的整数'] },
    ]);
  });

  it('holds no personal data: no resident’s name, id, ID number or phone', async () => {
    const people = await t.db.adminQuery<{
      id: string;
      name: string;
      id_number_masked: string;
      user_id: string | null;
    }>('SELECT id, name, id_number_masked, user_id FROM resident WHERE district_id = $1', [
      d.district.unit.id,
    ]);
    expect(people.length).toBeGreaterThanOrEqual(d.residents.length);
    for (const ext of ['csv', 'json'] as const) {
      const text = ((await download(t, path(ext), d.district.admin.token)).body as Buffer).toString('utf8');
      for (const p of people) {
        for (const value of [p.id, p.name, p.id_number_masked, p.user_id].filter(Boolean) as string[]) {
          expect({ ext, found: text.includes(value) ? value : null }).toEqual({ ext, found: null });
        }
      }
      // No ID number in any form (18 characters of digits, masked or not), no phone number.
      expect(text).not.toMatch(/\d{6}[\d*]{8}\d{3}[\dXx]|1[3-9]\d{9}/);
    }
  });
});
