import { SubjectType as S } from '@village/platform-common';
import { AnomalyDetectionService } from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeApprovedAct,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  villageItem,
} from '../support/arrange';
import { screenshot } from './support/browser';
import { startWebTestServer, type WebTestServer } from './support/web-server';

const GOOD = villageItem('AE1', '参加村内公益活动', { pointsMin: 1, pointsMax: 10 });

/**
 * 异常提醒 end to end: a villager's points jump by 24 in June, the detection job raises it, and the
 * village admin finds it on 异常提醒 with its evidence, verifies it as 已核实，无问题 with a note, and
 * sees it leave the list of alerts waiting to be checked.
 */
describe('anomaly alerts: seen with their evidence and verified (browser)', () => {
  let server: WebTestServer;
  beforeAll(async () => {
    server = await startWebTestServer({ demoPeople: false });
  });
  afterAll(async () => server?.close());

  it('shows a village admin the alert and records 已核实，无问题', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    t.setToday(`${DEMO_YEAR}-01-05`);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [GOOD] });
    t.setToday(`${DEMO_YEAR}-06-20`);
    const resident = await arrangeResident(t, village, { name: '于海波', roles: [S.VILLAGER] });
    for (const day of ['06-02', '06-09', '06-16'])
      await arrangeApprovedAct(t, village, {
        residentId: resident.id,
        itemCode: 'AE1',
        actedOn: `${DEMO_YEAR}-${day}`,
        points: 8,
      });
    await t.app.get(AnomalyDetectionService).detectDistrict(town.districtId);
    t.setToday(today);

    const { context, page } = await server.signIn(village.admin.username, 'desktop');
    try {
      await page.goto('/reporting/anomalies');
      const row = page.getByRole('row').filter({ hasText: '于海波' });
      await row.waitFor();
      expect(await row.textContent()).toContain('单月积分变动异常');
      expect(await row.textContent()).toContain('净增加 24 分');
      expect(await row.textContent()).toContain('待核实');
      await row.getByText('查看依据').click();
      await row.getByRole('link', { name: '于海波' }).waitFor();
      expect(await row.textContent()).toContain('涉及申报 3 条');
      await screenshot(page, 'admin-anomaly-alerts');

      await row.getByRole('button', { name: /核\s*实/ }).click();
      const dialog = page.getByRole('dialog', { name: '核实异常提醒' });
      await dialog.getByLabel('已核实，无问题').check();
      await dialog.getByLabel('核实情况').fill('已入户核实：六月连续参加防汛值守，登记属实');
      await dialog.getByRole('button', { name: '保存核实结果' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('没有待核实的异常提醒').waitFor();

      await page.getByRole('radiogroup', { name: '状态' }).getByText('已核实，无问题').click();
      const verified = page.getByRole('row').filter({ hasText: '于海波' });
      await verified.waitFor();
      expect(await verified.textContent()).toContain('防汛值守');
      expect(await verified.textContent()).toContain('已核实，无问题');
    } catch (error) {
      await screenshot(page, 'failed-admin-anomaly-alerts');
      throw error;
    } finally {
      await context.close();
    }
  });
});
