import { SubjectType as S } from '@village/platform-common';
import { FiguresRefreshService } from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeApprovedAct,
  arrangeFinalQuarter,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
} from '../support/arrange';
import { expectOk } from '../support/test-app';
import { screenshot } from './support/browser';
import { useWebTestServer } from './support/web-server';

const BOARD = `query ($u: ID!, $y: Int!) { dashboard(unitId: $u, year: $y, periodKind: YEAR, periodNumber: 1) {
  rows { unitName values { key value } } } }`;
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

/**
 * 数据看板 end to end: the district admin compares the towns, opens 宋村镇 to compare its villages and
 * drills down to one village, whose figures match the API's and which links to its residents' scores.
 */
describe('dashboard: a district compares towns and drills down to a village (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('compares towns, then villages of a town, then opens one village', async () => {
    const t = server.api;
    const units = await orgUnits(t);
    t.setToday(on('02-01'));
    const village = await arrangeScoringVillage(t, units['宋村镇'], DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    for (const name of ['刘志强', '王春燕']) {
      const resident = await arrangeResident(t, village, { name, roles: [S.VILLAGER] });
      t.setToday(on('02-15'));
      if (name === '刘志强') {
        await arrangeApprovedAct(t, village, {
          residentId: resident.id,
          itemCode: 'P03',
          actedOn: on('02-10'),
        });
      }
    }
    await arrangeFinalQuarter(t, village, periods, 1);
    await t.app.get(FiguresRefreshService).refreshDistrict(units['文登区'].id);
    const admin = await t.login('wendeng-admin');
    const towns = expectOk(await t.gql(BOARD, { u: units['文登区'].id, y: DEMO_YEAR }, admin)).dashboard.rows;
    const songcun = towns.find((r: { unitName: string }) => r.unitName === '宋村镇');
    const participation = songcun.values.find((v: { key: string }) => v.key === 'participationRate').value;

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
