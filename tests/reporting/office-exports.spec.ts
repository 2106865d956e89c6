import { Role } from '@village/platform-common';
import {
  DASHBOARD_HEADER_ROW,
  DashboardService,
  FIGURES,
  figureHeaders,
  RESIDENT_COLUMNS,
  RESIDENTS_HEADER_ROW,
} from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { arrangeResident, arrangeUser, townAdminOf } from '../support/arrange';
import {
  arrangeFiguresDistrict,
  cellValue,
  download,
  jsonOf,
  workbookOf,
  type FiguresDistrict,
} from './figures-district';

/**
 * The village office's workbooks (issue 14 item 8): the 数据看板 table as XLSX holds exactly the numbers
 * DashboardService gives the screen for the same unit, year and period; the residents' register as
 * XLSX holds the register without any ID number; both only for staff accounts, under their scope — a
 * village admin not another village's, a town admin not another town's — refused in Chinese.
 */
describe('office downloads: the dashboard and the residents as XLSX', () => {
  let t: TestApp;
  let d: FiguresDistrict;
  const dashboardPath = (unitId: string, query = `year=${DEMO_YEAR}&periodKind=QUARTER&periodNumber=1`) =>
    `/files/dashboard/${unitId}.xlsx?${query}`;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    d = await arrangeFiguresDistrict(t);
  });
  afterAll(() => t.close());

  it('gives the district the dashboard as the screen has it: every figure, this period and a year earlier', async () => {
    const res = await download(t, dashboardPath(d.district.unit.id), d.district.admin.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`${d.district.unit.name} 数据看板 ${DEMO_YEAR} 年第1季度.xlsx`),
    );
    const board = await t.app.get(DashboardService).dashboard(d.district.admin.ctx, {
      unitId: d.district.unit.id,
      year: DEMO_YEAR,
      periodKind: 'QUARTER',
      periodNumber: 1,
    });
    const sheet = (await workbookOf(res.body as Buffer)).getWorksheet('数据看板');
    if (!sheet) throw new Error('no 数据看板 sheet');
    expect(cellValue(sheet, 1, 1)).toBe(`${d.district.unit.name} 数据看板`);
    expect(String(cellValue(sheet, 2, 1))).toContain(`${DEMO_YEAR} 年 第 1 季度`);
    expect(String(cellValue(sheet, 3, 1))).toMatch(/^导出时间：\d{4}-\d\d-\d\d \d\d:\d\d（北京时间）/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: DASHBOARD_HEADER_ROW, xSplit: 1 });
    const header = sheet.getRow(DASHBOARD_HEADER_ROW).values as unknown[];
    expect(header.slice(1)).toEqual(['镇', ...figureHeaders()]);
    expect(figureHeaders()).toContain('参与率（%）');
    expect(figureHeaders()).toContain('参与率 上年同期（%）');

    const lines = [...board.rows, { ...board.total, unitName: '合计' }];
    expect(board.rows.length).toBe(2);
    lines.forEach((line, i) => {
      const r = DASHBOARD_HEADER_ROW + 1 + i;
      expect(cellValue(sheet, r, 1)).toBe(line.unitName);
      FIGURES.forEach((f, j) => {
        const v = line.values.find((x) => x.key === f.key);
        const got = { unit: line.unitName, key: f.key, value: cellValue(sheet, r, 2 + 2 * j) };
        expect(got).toEqual({ unit: line.unitName, key: f.key, value: v?.value ?? null });
        expect(cellValue(sheet, r, 3 + 2 * j)).toBe(v?.previous ?? null);
      });
    });
    // Something to compare: town A's participants in the first quarter (张兆明, 李秀英, 刘志强).
    const townA = lines.findIndex((l) => l.unitId === d.townA.id);
    expect(
      cellValue(
        sheet,
        DASHBOARD_HEADER_ROW + 1 + townA,
        2 + 2 * FIGURES.findIndex((f) => f.key === 'participants'),
      ),
    ).toBe(3);
    expect(cellValue(sheet, DASHBOARD_HEADER_ROW + lines.length + 1, 1)).toBeNull();
    const notes = (await workbookOf(res.body as Buffer)).getWorksheet('指标口径');
    // Title, subtitle, a blank row and the header, then one row per figure.
    expect(notes?.rowCount).toBe(4 + FIGURES.length);
  });

  it('keeps a town admin to its own town and a village admin to its own village, in Chinese', async () => {
    const townAdmin = await townAdminOf(t, d.townA);
    const own = await download(t, dashboardPath(d.townA.id), townAdmin.token);
    expect(own.status).toBe(200);
    const sheet = (await workbookOf(own.body as Buffer)).getWorksheet('数据看板');
    const units = [1, 2].map((i) => sheet && cellValue(sheet, DASHBOARD_HEADER_ROW + i, 1));
    expect([...units].sort()).toEqual([d.villages[0].name, d.villages[1].name].sort());
    expect(sheet?.getRow(DASHBOARD_HEADER_ROW).getCell(1).value).toBe('村');
    for (const unitId of [d.townB.id, d.district.unit.id, d.villages[2].id]) {
      const refused = await download(t, dashboardPath(unitId), townAdmin.token);
      expect({ unitId, status: refused.status }).toEqual({ unitId, status: 404 });
      expect(jsonOf(refused.body as Buffer).message).toBe('unitId：找不到该单位，或您无权查看其数据');
    }
    const [mine, other] = d.villages;
    expect((await download(t, dashboardPath(mine.id), mine.admin.token)).status).toBe(200);
    const refused = await download(t, dashboardPath(other.id), mine.admin.token);
    expect(refused.status).toBe(404);
    expect(jsonOf(refused.body as Buffer).code).toBe('NOT_FOUND');
  });

  it('refuses no token, a villager, and a period that does not exist, naming the parameter', async () => {
    const village = d.villages[1];
    expect((await download(t, dashboardPath(village.id))).status).toBe(401);
    const villager = await arrangeResident(t, village, { name: '孙红霞', login: true });
    const resident = await download(t, dashboardPath(village.id), villager.user?.token);
    expect(resident.status).toBe(403);
    expect(jsonOf(resident.body as Buffer).message).toContain('只有干部账号可以导出');
    const bad = await download(
      t,
      dashboardPath(village.id, `year=${DEMO_YEAR}&periodKind=QUARTER&periodNumber=5`),
      village.admin.token,
    );
    expect(bad.status).toBe(400);
    expect(jsonOf(bad.body as Buffer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'periodNumber' }],
    });
    expect(jsonOf(bad.body as Buffer).message).toContain('季度应为 1–4');
    const year = await download(t, dashboardPath(village.id, 'year=19'), village.admin.token);
    expect(jsonOf(year.body as Buffer).fields).toEqual([
      { field: 'year', reasons: ['年度应为 2000–2100 之间的整数'] },
    ]);
  });

  it('gives the village office its residents, without ID numbers, and audits the export', async () => {
    const [village] = d.villages;
    const res = await download(t, `/files/residents/${village.id}.xlsx`, village.admin.token);
    expect(res.status).toBe(200);
    // The name as saved: quotes (not allowed in file names on Windows) become "_".
    const saved = `${village.name.replace(/"/g, '_')} 村民名册.xlsx`;
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(saved));
    const sheet = (await workbookOf(res.body as Buffer)).getWorksheet('村民名册');
    if (!sheet) throw new Error('no 村民名册 sheet');
    expect(cellValue(sheet, 1, 1)).toBe(`${village.name} 村民名册`);
    expect((sheet.getRow(RESIDENTS_HEADER_ROW).values as unknown[]).slice(1)).toEqual(RESIDENT_COLUMNS);
    const rows = await t.db.adminQuery<{ name: string; id_number_masked: string; phone: string | null }>(
      'SELECT name, id_number_masked, phone FROM resident WHERE village_id = $1 ORDER BY name, id',
      [village.id],
    );
    const names = rows.map((_, i) => cellValue(sheet, RESIDENTS_HEADER_ROW + 1 + i, 2));
    expect(names).toEqual(rows.map((r) => r.name));
    const i = rows.findIndex((r) => r.name === '张兆明');
    const line = (sheet.getRow(RESIDENTS_HEADER_ROW + 1 + i).values as unknown[]).slice(1);
    expect(line).toEqual([
      i + 1,
      '张兆明',
      '男',
      1966,
      expect.stringMatching(/^H/),
      undefined,
      '一组网格',
      '村民',
      '在村',
    ]);
    const text = JSON.stringify(sheet.getSheetValues());
    for (const r of rows) expect(text).not.toContain(r.id_number_masked);
    expect(text).not.toMatch(/\d{17}[\dXx]|\*{4}/);
    const [audit] = await t.db.adminQuery<{ detail: { rows: number } }>(
      `SELECT detail FROM audit_log WHERE operation = 'exportResidents' AND user_id = $1`,
      [village.admin.id],
    );
    expect(audit.detail.rows).toBe(rows.length);
  });

  it('keeps the residents to the village and the town they belong to', async () => {
    const [mine, other, elsewhere] = d.villages;
    const refused = await download(t, `/files/residents/${other.id}.xlsx`, mine.admin.token);
    expect(refused.status).toBe(404);
    expect(jsonOf(refused.body as Buffer).message).toBe('villageId：找不到该村，或您无权查看');
    const townAdmin = await townAdminOf(t, d.townA);
    expect((await download(t, `/files/residents/${other.id}.xlsx`, townAdmin.token)).status).toBe(200);
    expect((await download(t, `/files/residents/${elsewhere.id}.xlsx`, townAdmin.token)).status).toBe(404);
    // The supervisory committee reads the notices, not the register.
    const supervisor = await arrangeUser(t, mine.unit, Role.SUPERVISOR);
    const forbidden = await download(t, `/files/residents/${mine.id}.xlsx`, supervisor.token);
    expect(forbidden.status).toBe(403);
    expect(jsonOf(forbidden.body as Buffer).message).toContain(mine.name);
    const filtered = await download(t, `/files/residents/${mine.id}.xlsx?status=DECEASED`, mine.admin.token);
    const sheet = (await workbookOf(filtered.body as Buffer)).getWorksheet('村民名册');
    expect(String(sheet && cellValue(sheet, 2, 1))).toBe('共 0 人（筛选：状态「已故」）');
    const bad = await download(t, `/files/residents/${mine.id}.xlsx?status=GONE`, mine.admin.token);
    expect(jsonOf(bad.body as Buffer).fields).toEqual([
      { field: 'status', reasons: ['应为 ACTIVE、MOVED_OUT、DECEASED 或 STUDENT'] },
    ]);
  });
});
