import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { screenshot } from './support/browser';
import { arrangeDashboardVillage } from './support/dashboard-steps';
import { useWebTestServer } from './support/web-server';

/**
 * 数据看板 end to end: the district admin compares the towns, opens 宋村镇 to compare its villages and
 * drills down to one village, whose figures match the API's and which links to its residents' scores.
 */
describe('dashboard: a district compares towns and drills down to a village (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('compares towns, then villages of a town, then opens one village', async () => {
    const t = server.api;
    const { village, towns } = await arrangeDashboardVillage(t, ['刘志强', '王春燕']);
    const songcun = towns.find((r) => r.unitName === '宋村镇');
    const participation = songcun?.values.find((v) => v.key === 'participationRate')?.value;

    const { context, page } = await server.signIn('wendeng-admin', 'desktop');
    try {
      await page.goto('/reporting/dashboard');
      await page.getByLabel('年度').fill(String(DEMO_YEAR));
      const table = page.getByRole('table', { name: '各单位指标比较' });
      const townRow = table.getByRole('row').filter({ hasText: '宋村镇' });
      await townRow.waitFor();
      expect(await townRow.getByRole('cell').nth(2).textContent()).toContain(`${participation}%`);
      await screenshot(page, 'admin-dashboard-district');
      await townRow.getByRole('button', { name: '宋村镇' }).click();
      const villageRow = table.getByRole('row').filter({ hasText: village.name });
      await villageRow.waitFor();
      await villageRow.getByRole('button', { name: village.name }).click();
      await page.getByRole('link', { name: /查看本村每位村民的积分明细/ }).waitFor();
      await page.getByRole('navigation').getByText(village.name).waitFor();
      const rows = await table.getByRole('row').filter({ hasText: village.name }).count();
      expect(rows).toBe(1);
      // 1 of the village's 2 residents took part: 50%.
      expect(
        await table.getByRole('row').filter({ hasText: village.name }).getByRole('cell').nth(2).textContent(),
      ).toContain('50%');
      await screenshot(page, 'admin-dashboard-village');
    } catch (error) {
      await screenshot(page, 'failed-admin-dashboard');
      throw error;
    } finally {
      await context.close();
    }
  });
});
