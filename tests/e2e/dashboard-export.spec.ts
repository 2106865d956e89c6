import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { DASHBOARD_HEADER_ROW, FIGURES } from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { screenshot } from './support/browser';
import { arrangeDashboardVillage } from './support/dashboard-steps';
import { useWebTestServer } from './support/web-server';

/**
 * 数据看板 → 导出 Excel in the browser: the district admin clicks the button, the browser saves the
 * workbook under its Chinese name (fetched with the session's token), and the file opens with exceljs
 * holding the screen's numbers; 开放数据 CSV saves the district's figures with a byte-order mark.
 */
describe('dashboard: export the table as Excel and the open data as CSV (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('downloads the workbook the screen shows, and the open data', async () => {
    const t = server.api;
    const { village, towns } = await arrangeDashboardVillage(t, ['刘志强']);

    const { context, page } = await server.signIn('wendeng-admin', 'desktop');
    try {
      await page.goto('/reporting/dashboard');
      await page.getByLabel('年度').fill(String(DEMO_YEAR));
      await page
        .getByRole('table', { name: '各单位指标比较' })
        .getByRole('row')
        .filter({ hasText: '宋村镇' })
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出 Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`文登区 数据看板 ${DEMO_YEAR} 年.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('数据看板');
      if (!sheet) throw new Error('no 数据看板 sheet');
      expect(sheet.getCell(1, 1).value).toBe('文登区 数据看板');
      const column = 2 + 2 * FIGURES.findIndex((f) => f.key === 'participationRate');
      towns.forEach(
        (town: { unitName: string; values: { key: string; value: number | null }[] }, i: number) => {
          expect(sheet.getCell(DASHBOARD_HEADER_ROW + 1 + i, 1).value).toBe(town.unitName);
          const rate = town.values.find((v) => v.key === 'participationRate')?.value ?? null;
          expect(sheet.getCell(DASHBOARD_HEADER_ROW + 1 + i, column).value ?? null).toBe(rate);
        },
      );
      await screenshot(page, 'admin-dashboard-export');

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '开放数据 CSV' }).click(),
      ]);
      expect(csv.suggestedFilename()).toBe(`文登区 ${DEMO_YEAR} 年村级指标开放数据.csv`);
      const bytes = readFileSync(await csv.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toContain(village.name);
    } catch (error) {
      await screenshot(page, 'failed-admin-dashboard-export');
      throw error;
    } finally {
      await context.close();
    }
  });
});
