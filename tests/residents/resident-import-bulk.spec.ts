import { idNumberCheckChar, MAX_IMPORT_ROWS } from '@village/residents';
import type { OrgRef } from '@village/platform-tenancy';
import { countStatements } from '../support/statement-counter';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';
import { arrangeGrid, arrangeVillage, orgUnits, type ArrangedVillage } from '../support/arrange';

// Plain documents: the typed one (ResidentImportImport) belongs to resident-import.spec.ts.
const IMPORT = `mutation($input: ImportResidentsInput!) {
  importResidents(input: $input) { imported householdsCreated dryRun rows { row ok errors } } }`;

interface Report {
  imported: number;
  householdsCreated: number;
  dryRun: boolean;
  rows: { row: number; ok: boolean; errors: string[] }[];
}

const HEADER = '姓名,性别,出生日期,身份证号,联系电话,户号,是否户主,网格,身份';
const csv = (lines: string[], header = HEADER) =>
  Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`, 'utf8').toString('base64');

/** A valid ID number under a region code of the test's own, so no two tests of the suite collide. */
function idNumber(region: string, birthDate: string, order: number): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** `count` people: 4 to a household (the first its head), grids in turn, every tenth a party member. */
function census(count: number, region: string, household = 'C'): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = new Date(Date.UTC(1940, 0, 1) + (i % 18_000) * 86_400_000);
    const birthDate = day.toISOString().slice(0, 10);
    const order = 2 * Math.floor(i / 18_000) + 1 + (i % 2); // odd: a man, even: a woman
    const gender = order % 2 === 1 ? '男' : '女';
    const code = `${household}${String(Math.floor(i / 4)).padStart(5, '0')}`;
    lines.push(
      [
        `村民${i}`,
        gender,
        birthDate,
        idNumber(region, birthDate, order),
        `138${String(i).padStart(8, '0')}`,
        code,
        i % 4 === 0 ? '是' : '否',
        `G${1 + (i % 3)}`,
        i % 10 === 0 ? '党员' : '',
      ].join(','),
    );
  }
  return lines;
}

describe('importing residents in bulk (API, real PostgreSQL)', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let village: ArrangedVillage;

  beforeAll(async () => {
    // The tests arrange their own villages. The suite is about all-or-nothing, not speed (tools/bench/import-bench.ts
    // measures that): 20,000 rows on a loaded 2-core CI machine ran past the default 10 s budget.
    t = await startTestApp({ demoPeople: false, env: { REQUEST_TIMEOUT_MS: '60000' } });
    units = await orgUnits(t);
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    village = await arrangeVillage(t, units['宋村镇']);
    for (const code of ['G1', 'G2', 'G3']) await arrangeGrid(t, village, { code, name: `第${code[1]}网格` });
  });

  const run = async (lines: string[], options: { dryRun?: boolean; header?: string; as?: string } = {}) =>
    expectOk(
      await t.gql<{ importResidents: Report }>(
        IMPORT,
        {
          input: {
            villageId: village.id,
            format: 'CSV',
            contentBase64: csv(lines, options.header),
            dryRun: options.dryRun ?? false,
          },
        },
        options.as ?? village.admin.token,
      ),
    ).importResidents;
  const count = async (table: string) =>
    Number(
      (
        await t.db.adminQuery<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE village_id = $1`, [
          village.id,
        ])
      )[0].n,
    );

  it('imports 20,000 rows all or nothing: one bad row writes nothing and is named with its field', async () => {
    expect(MAX_IMPORT_ROWS).toBe(50_000);
    const lines = census(20_000, '371001');
    const bad = [...lines];
    bad[15_000] = bad[15_000].replace(/,\d{4}-\d\d-\d\d,/, ',1939-12-31,');
    const refused = await run(bad);
    expect(refused).toMatchObject({ imported: 0, householdsCreated: 0, dryRun: false });
    expect(refused.rows).toHaveLength(20_000);
    expect(refused.rows.filter((r) => !r.ok)).toEqual([
      { row: 15_002, ok: false, errors: [expect.stringMatching(/^出生日期：出生日期与身份证号不符/)] },
    ]);
    for (const table of ['resident', 'household', 'subject_role']) expect(await count(table)).toBe(0);

    const report = await run(lines);
    expect(report).toMatchObject({ imported: 20_000, householdsCreated: 5_000, dryRun: false });
    expect(report.rows.every((r) => r.ok)).toBe(true);
    expect(await count('resident')).toBe(20_000);
    expect(await count('household')).toBe(5_000);
    expect(await count('subject_role')).toBe(22_000);
    const [check] = await t.db.adminQuery<Record<string, string>>(
      `SELECT count(*) FILTER (WHERE h.head_resident_id IS NOT NULL) AS headed,
              count(*) FILTER (WHERE g.code = 'G1') AS in_g1
         FROM household h LEFT JOIN grid g ON g.id = h.grid_id WHERE h.village_id = $1`,
      [village.id],
    );
    // Heads are the rows 0, 4, 8, …, which are in G1, G2, G3 in turn: every household has its head's grid.
    expect(check).toEqual({ headed: '5000', in_g1: '1667' });
    // Numbers are stored encrypted, hashed and masked, never in clear.
    const clear = lines[0].split(',')[3];
    const [stored] = await t.db.adminQuery<{ masked: string; cipher: string; hash: string }>(
      `SELECT id_number_masked AS masked, id_number_cipher AS cipher, id_number_hash AS hash
         FROM resident WHERE village_id = $1 AND name = '村民0'`,
      [village.id],
    );
    expect(stored.masked).toBe(`${clear.slice(0, 6)}********${clear.slice(-4)}`);
    expect(stored.cipher).toMatch(/^v1:/);
    expect(`${stored.cipher}${stored.hash}`).not.toContain(clear);
  }, 180_000);

  it('sends a bounded number of statements: 5,000 rows in fewer than 50', async () => {
    const counter = countStatements(t.app);
    try {
      const statements = await counter.during(async () => {
        expect(await run(census(5_000, '371002'))).toMatchObject({ imported: 5_000 });
      });
      expect(statements.length).toBeLessThan(50);
      // Reading the file's grids, households and registered numbers, then one INSERT per table.
      expect(statements.filter((s) => s.startsWith('INSERT INTO resident '))).toHaveLength(1);
      expect(statements.filter((s) => s.startsWith('INSERT INTO household '))).toHaveLength(1);
      expect(statements.filter((s) => s.startsWith('INSERT INTO subject_role '))).toHaveLength(1);
    } finally {
      counter.restore();
    }
  }, 120_000);

  it('reports dryRun: true for a dry run, also when a row has errors', async () => {
    const lines = census(3, '371003');
    const dry = await run(lines, { dryRun: true });
    expect(dry).toMatchObject({ imported: 0, householdsCreated: 0, dryRun: true });
    expect(dry.rows.every((r) => r.ok)).toBe(true);
    const withError = await run([...lines, '坏行,男,1990-01-01,123,,,,,'], { dryRun: true });
    expect(withError).toMatchObject({ imported: 0, dryRun: true });
    expect(withError.rows[3]).toEqual({
      row: 5,
      ok: false,
      errors: ['身份证号：身份证号格式或校验位不正确'],
    });
    expect(await run([...lines, '坏行,男,1990-01-01,123,,,,,'])).toMatchObject({ dryRun: false });
    expect(await count('resident')).toBe(0);
  });

  it('takes a grid by its code or its name; an unknown grid lists the valid ones', async () => {
    const lines = census(3, '371004', 'N');
    const named = [
      lines[0].replace(/,G1,/, ',第1网格,'),
      lines[1].replace(/,G2,/, ',第2网格,'),
      lines[2].replace(/,G3,/, ',G3,'),
    ];
    const unknown = await run([
      ...named,
      `又一,男,1990-01-01,${idNumber('371004', '1990-01-01', 1)},,,,第9网格,`,
    ]);
    expect(unknown.rows[3].errors).toEqual([
      '网格：本村没有编码或名称为“第9网格”的网格（可填编码或名称：G1（第1网格）、G2（第2网格）、G3（第3网格））',
    ]);
    expect(await run(named)).toMatchObject({ imported: 3 });
    const grids = await t.db.adminQuery<{ name: string; code: string }>(
      `SELECT r.name, g.code FROM resident r JOIN grid g ON g.id = r.grid_id WHERE r.village_id = $1 ORDER BY r.name`,
      [village.id],
    );
    expect(grids).toEqual([
      { name: '村民0', code: 'G1' },
      { name: '村民1', code: 'G2' },
      { name: '村民2', code: 'G3' },
    ]);
  });

  it('accepts birth dates as Excel writes them, and Excel date and serial cells in XLSX', async () => {
    const region = '371005';
    const text = await run([
      `日一,男,1966/5/7,${idNumber(region, '1966-05-07', 1)},,,,,`,
      `日二,女,1966-5-7,${idNumber(region, '1966-05-07', 2)},,,,,`,
      `日三,男,1966年5月7日,${idNumber(region, '1966-05-07', 3)},,,,,`,
      `日四,女,24234,${idNumber(region, '1966-05-07', 4)},,,,,`,
    ]);
    expect(text).toMatchObject({ imported: 4, rows: text.rows.map(() => ({ ok: true, errors: [] })) });

    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('村民');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['格一', '男', new Date(Date.UTC(1966, 4, 7)), idNumber(region, '1966-05-07', 5)]);
    sheet.addRow(['格二', '女', 24234, idNumber(region, '1966-05-07', 6)]); // a serial whose format was lost
    sheet.addRow(['格三', '男', '1966/5/7', idNumber(region, '1966-05-07', 7)]);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const xlsx = expectOk(
      await t.gql<{ importResidents: Report }>(
        IMPORT,
        { input: { villageId: village.id, format: 'XLSX', contentBase64 } },
        village.admin.token,
      ),
    ).importResidents;
    expect(xlsx).toMatchObject({ imported: 3, rows: [{ ok: true }, { ok: true }, { ok: true }] });
    const dates = await t.db.adminQuery<{ d: string }>(
      `SELECT DISTINCT to_char(birth_date, 'YYYY-MM-DD') AS d FROM resident WHERE village_id = $1`,
      [village.id],
    );
    expect(dates).toEqual([{ d: '1966-05-07' }]);
  });

  it('takes the start date of each role from 入党日期 and the “…起始日期” columns', async () => {
    const region = '371006';
    const header = `${HEADER},入党日期,村民代表起始日期`;
    const report = await run(
      [
        `始一,男,1970-01-01,${idNumber(region, '1970-01-01', 1)},,,,,"党员,村民代表",1995/7/1,2021-1-5`,
        `始二,女,1970-01-01,${idNumber(region, '1970-01-01', 2)},,,,,预备党员,2025-07-01,`,
        `始三,男,1970-01-01,${idNumber(region, '1970-01-01', 3)},,,,,,,`,
      ],
      { header },
    );
    expect(report).toMatchObject({ imported: 3 });
    const roles = await t.db.adminQuery<{ who: string }>(
      `SELECT r.name || ':' || s.subject_type || ':' || to_char(s.start_date, 'YYYY-MM-DD') AS who
         FROM subject_role s JOIN resident r ON r.id = s.resident_id
        WHERE r.village_id = $1 AND s.subject_type <> 'VILLAGER' ORDER BY 1`,
      [village.id],
    );
    expect(roles.map((r) => r.who)).toEqual([
      '始一:PARTY_MEMBER:1995-07-01',
      '始一:REPRESENTATIVE:2021-01-05',
      '始二:PARTY_MEMBER:2025-07-01',
    ]);
  });

  it('finds a number registered in another village it cannot see, and writes nothing', async () => {
    const region = '371007';
    const elsewhere = await arrangeVillage(t, units['文登营镇']);
    const person = `外村,男,1980-02-02,${idNumber(region, '1980-02-02', 1)},,,,,`;
    const first = expectOk(
      await t.gql<{ importResidents: Report }>(
        IMPORT,
        { input: { villageId: elsewhere.id, format: 'CSV', contentBase64: csv([person]) } },
        elsewhere.admin.token,
      ),
    ).importResidents;
    expect(first).toMatchObject({ imported: 1 });
    const report = await run([`本村,男,1981-03-03,${idNumber(region, '1981-03-03', 1)},,B1,是,,`, person]);
    expect(report).toMatchObject({ imported: 0, householdsCreated: 0 });
    expect(report.rows).toEqual([
      { row: 2, ok: true, errors: [] },
      { row: 3, ok: false, errors: ['身份证号：已在本区其他村登记'] },
    ]);
    for (const table of ['resident', 'household', 'subject_role']) expect(await count(table)).toBe(0);
  });
});
