import { SubjectType as S } from '@village/platform-common';
import { ItemDirection, ScoreTrack } from '@village/rulebook';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  villageItem,
} from '../support/arrange';
import { screenshot } from './support/browser';
import { useWebTestServer } from './support/web-server';

const ABSENCE = villageItem('MT9', '无故缺席村民代表会议', {
  direction: ItemDirection.NEGATIVE,
  track: ScoreTrack.ROLE_DUTY,
  subjectTypes: [S.REPRESENTATIVE],
  pointsMin: 2,
  pointsMax: 2,
});

/**
 * 会议与出勤 end to end: the village admin plans a representative meeting, then records its minutes
 * and attendance — one representative excused with a reason, one absent — and sees the absence
 * proposed as a registration waiting for review.
 */
describe('meetings: plan, record attendance, absence proposed for review (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('records a representative meeting and proposes the unexcused absence', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    t.setToday(`${DEMO_YEAR}-01-05`);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [ABSENCE], open: false });
    await arrangeOpenYear(t, village, DEMO_YEAR);
    for (const name of ['孙国华', '王春燕', '丛培军'])
      await arrangeResident(t, village, { name, roles: [S.REPRESENTATIVE] });
    t.setToday(today);

    const { context, page } = await server.signIn(village.admin.username, 'desktop');
    try {
      await page.goto('/reporting/meetings');
      await page.getByRole('button', { name: '安排会议' }).click();
      const dialog = page.getByRole('dialog', { name: '安排会议' });
      await dialog.getByLabel('会议类型').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '村民代表会议' })
        .click();
      await dialog.getByLabel('会议名称').fill('第一季度村民代表会议');
      await dialog.getByLabel('会议日期').fill(today);
      await dialog.getByLabel('会议日期').press('Enter');
      await dialog.getByLabel('地点').fill('村委会议室');
      await dialog.getByLabel('议程').fill('审议第一季度积分公示');
      await dialog.getByLabel('无故缺席登记事项编码（可选）').fill('MT9');
      await dialog.getByRole('button', { name: /安\s*排/ }).click();

      const drawer = page.locator('.ant-drawer');
      await drawer.getByRole('table', { name: '登记出勤' }).waitFor();
      await drawer.getByRole('radiogroup', { name: '王春燕的出勤' }).getByText('请假').click();
      await drawer.getByLabel('王春燕的请假事由').fill('外出务工');
      await drawer.getByRole('radiogroup', { name: '丛培军的出勤' }).getByText('无故缺席').click();
      await drawer.getByLabel('会议记录').fill('审议通过第一季度积分公示。');
      await drawer.getByRole('button', { name: '保存会议记录与出勤' }).click();
      const held = drawer.getByRole('table', { name: '出勤情况' });
      await held.waitFor();
      const absent = held.getByRole('row').filter({ hasText: '丛培军' });
      expect(await absent.textContent()).toContain('已提出登记，待审核');
      expect(await held.getByRole('row').filter({ hasText: '王春燕' }).textContent()).toContain('外出务工');
      await screenshot(page, 'admin-meeting-attendance');
      // 出席率 by type and quarter: 1 of 3 present (an excused absence is not presence).
      await page.keyboard.press('Escape');
      const rates = page.getByRole('table', { name: '各类会议出席率' });
      const representative = rates.getByRole('row').filter({ hasText: '村民代表会议' });
      await representative.getByText('33.33%').first().waitFor();
    } catch (error) {
      await screenshot(page, 'failed-admin-meeting-attendance');
      throw error;
    } finally {
      await context.close();
    }
  });
});
