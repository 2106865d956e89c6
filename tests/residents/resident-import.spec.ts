import { graphql } from '../support/generated';
import { Role } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import { arrangeGrid, arrangeUser, arrangeVillage, orgUnits, type ArrangedVillage } from '../support/arrange';
import { idNumberFor } from './id-numbers';

/** A village of its own in 宋村镇 with the grids the files name (G1–G3), as 大泽头村 has in the demo. */
async function arrangeImportVillage(t: TestApp, town: OrgRef): Promise<ArrangedVillage> {
  const village = await arrangeVillage(t, town);
  for (const code of ['G1', 'G2', 'G3']) await arrangeGrid(t, village, { code });
  return village;
}

const IMPORT = graphql(`
  mutation ResidentImportImport($input: ImportResidentsInput!) {
    importResidents(input: $input) {
      imported
      householdsCreated
      dryRun
      rows {
        row
        ok
        errors
      }
    }
  }
`);
const HEADER = '姓名,性别,出生日期,身份证号,联系电话,户号,是否户主,网格,身份';

const csv = (lines: string[]) =>
  Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8').toString('base64');

describe('importing residents from CSV (API, real PostgreSQL)', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let admin: string;
  let village: string;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages
    units = await orgUnits(t);
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    const arranged = await arrangeImportVillage(t, units['宋村镇']);
    admin = arranged.admin.token;
    village = arranged.id;
  });

  /** A count over this test's village: `sql` selects `n` with `$1` the village. */
  const count = async (sql: string) => Number((await t.db.adminQuery<{ n: string }>(sql, [village]))[0].n);

  it('imports nothing when any row is bad, and names each bad row and why', async () => {
    const before = await count('SELECT COUNT(*) AS n FROM resident WHERE village_id = $1');
    const dup = idNumberFor('1981-02-03', 31);
    const good = idNumberFor('1982-03-04', 32);
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const content = csv([
      `甲一,男,1981-02-03,${dup},13800000001,IMP01,是,G1,党员`,
      `乙二,女,1982-03-04,${badCheck},,IMP01,否,G1,`,
      `丙三,男,1981-02-03,${dup},,IMP02,是,G9,书记`,
      `丁四,男,1983-04-05,${idNumberFor('1983-04-05', 33)},,IMP02,否,G2,村民`,
    ]);
    const res = await t.gql(
      IMPORT,
      { input: { villageId: village, format: 'CSV', contentBase64: content } },
      admin,
    );
    const report = expectOk(res).importResidents;
    expect(report.imported).toBe(0);
    expect(report.rows.map((r: { row: number; ok: boolean }) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(report.rows[1].errors).toEqual(['身份证号：身份证号格式或校验位不正确']);
    expect(report.rows[2].errors).toEqual(
      expect.arrayContaining([
        '身份证号：与第 2 行重复',
        '网格：本村没有编码或名称为“G9”的网格（可填编码或名称：G1（G1网格）、G2（G2网格）、G3（G3网格））',
        expect.stringContaining('身份：无法识别“书记”'),
      ]),
    );
    expect(await count('SELECT COUNT(*) AS n FROM resident WHERE village_id = $1')).toBe(before);
    expect(
      await count("SELECT COUNT(*) AS n FROM household WHERE code LIKE 'IMP%' AND village_id = $1"),
    ).toBe(0);
  });

  it('imports a good file: residents, households by 户号 with heads, grids and roles', async () => {
    const content = csv([
      `陈一,男,1971-01-01,${idNumberFor('1971-01-01', 41)},13800000011,IMP10,是,G1,"党员、村民代表"`,
      `陈二,女,1973-02-02,${idNumberFor('1973-02-02', 42)},,IMP10,否,G1,预备党员，志愿者`,
      `"周,三",男,1950-03-03,${idNumberFor('1950-03-03', 43)},,IMP11,是,G2,五老`,
    ]);
    const dry = await t.gql(
      IMPORT,
      { input: { villageId: village, format: 'CSV', contentBase64: content, dryRun: true } },
      admin,
    );
    expect(dry.data?.importResidents).toMatchObject({ imported: 0, dryRun: true });
    expect(dry.data?.importResidents.rows.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect(
      await count("SELECT COUNT(*) AS n FROM household WHERE code LIKE 'IMP1%' AND village_id = $1"),
    ).toBe(0);

    const res = await t.gql(
      IMPORT,
      { input: { villageId: village, format: 'CSV', contentBase64: content } },
      admin,
    );
    expect(res.data?.importResidents).toMatchObject({ imported: 3, householdsCreated: 2, dryRun: false });
    const households = await t.db.adminQuery<{ code: string; head: string; grid: string }>(
      `SELECT h.code, r.name AS head, g.code AS grid FROM household h
         JOIN resident r ON r.id = h.head_resident_id JOIN grid g ON g.id = h.grid_id
        WHERE h.code LIKE 'IMP1%' AND h.village_id = $1 ORDER BY h.code`,
      [village],
    );
    expect(households).toEqual([
      { code: 'IMP10', head: '陈一', grid: 'G1' },
      { code: 'IMP11', head: '周,三', grid: 'G2' },
    ]);
    const roles = await t.db.adminQuery<{ name: string; subject_type: string; probationary: boolean }>(
      `SELECT r.name, s.subject_type, s.probationary FROM subject_role s JOIN resident r ON r.id = s.resident_id
        WHERE r.name IN ('陈一', '陈二', '周,三') AND r.village_id = $1 ORDER BY r.name, s.subject_type`,
      [village],
    );
    expect(roles.map((r) => `${r.name}:${r.subject_type}${r.probationary ? '(预备)' : ''}`)).toEqual([
      '周,三:ELDER',
      '周,三:VILLAGER',
      '陈一:PARTY_MEMBER',
      '陈一:REPRESENTATIVE',
      '陈一:VILLAGER',
      '陈二:PARTY_MEMBER(预备)',
      '陈二:VILLAGER',
      '陈二:VOLUNTEER',
    ]);

    // The same file again: every row is now a duplicate of a registered resident.
    const again = await t.gql(
      IMPORT,
      { input: { villageId: village, format: 'CSV', contentBase64: content } },
      admin,
    );
    expect(again.data?.importResidents.imported).toBe(0);
    expect(again.data?.importResidents.rows[0].errors).toContain('身份证号：已在本村登记（陈一）');
  });

  it('refuses a file without the required columns with a clear error on contentBase64', async () => {
    const noColumns = Buffer.from('姓名,性别\n张三,男\n').toString('base64');
    const res = await t.gql(
      IMPORT,
      { input: { villageId: village, format: 'CSV', contentBase64: noColumns } },
      admin,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[0]).toEqual({
      field: 'contentBase64',
      reasons: ['表头缺少列：出生日期、身份证号'],
    });
  });

  it('keeps other villages and read-only roles out', async () => {
    const content = csv([`外一,男,1971-01-01,${idNumberFor('1971-01-01', 51)},,,,,`]);
    const input = { villageId: village, format: 'CSV' as const, contentBase64: content };
    const otherAdmin = (await arrangeVillage(t, units['文登营镇'])).admin.token;
    const townAdmin = (await arrangeUser(t, units['宋村镇'], Role.TOWN_ADMIN)).token;
    expect(errorCode(await t.gql(IMPORT, { input }, otherAdmin))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(IMPORT, { input }, townAdmin))).toBe('FORBIDDEN');
    expect(await count("SELECT COUNT(*) AS n FROM resident WHERE name = '外一' AND village_id = $1")).toBe(0);
  });
});

describe('importing residents from XLSX', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the test arranges its own village
  });
  afterAll(() => t.close());

  it('reads the first sheet with the same columns and reports spreadsheet row numbers', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('村民');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([
      '吴一',
      '男',
      new Date(Date.UTC(1966, 5, 6)),
      idNumberFor('1966-06-06', 71),
      '',
      'XL01',
      '是',
      'G3',
      '村民代表',
    ]);
    sheet.addRow([]);
    sheet.addRow(['吴二', '女', '1968-08-08', idNumberFor('1968-08-08', 72), '', 'XL01', '否', 'G3', '']);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const village = await arrangeImportVillage(t, (await orgUnits(t))['宋村镇']);
    const res = await t.gql(
      IMPORT,
      { input: { villageId: village.id, format: 'XLSX', contentBase64 } },
      village.admin.token,
    );
    expect(res.data?.importResidents).toMatchObject({
      imported: 2,
      householdsCreated: 1,
      rows: [
        { row: 2, ok: true, errors: [] },
        { row: 4, ok: true, errors: [] },
      ],
    });
  });
});
