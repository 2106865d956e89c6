import { SubjectType as S } from '@village/platform-common';
import { ItemDirection } from '@village/rulebook';
import { Gender } from '@village/residents';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeApprovedAct,
  arrangeGrid,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  villageItem,
} from '../support/arrange';
import { screenshot } from './support/browser';
import { useWebTestServer } from './support/web-server';

const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;
const GOOD = villageItem('FP1', '参加义务劳动', { pointsMin: 1, pointsMax: 5 });
const CUT = villageItem('FN1', '乱堆乱放', { direction: ItemDirection.NEGATIVE, pointsMin: 1, pointsMax: 5 });

/**
 * 公平性分析 end to end: in a village of two grids of ten, six of the east grid's residents were
 * deducted in March and nobody in the west; the village admin opens the screen for the first quarter
 * and sees a table per dimension and the reviewers, the east grid tagged 偏离 with its reason.
 */
describe('fairness view: a village admin sees the groups and a flagged grid (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('shows the tables per grid, gender, age band and reviewer, the outlier tagged', async () => {
    const t = server.api;
    t.setToday(on('03-10'));
    const village = await arrangeScoringVillage(t, (await orgUnits(t))['宋村镇'], DEMO_YEAR, {
      villageItems: [GOOD, CUT],
      open: false,
    });
    await arrangeOpenYear(t, village, DEMO_YEAR);
    for (const [code, name, points] of [
      ['E', '东网格', [-2, -2, -1, -3, -2, -1, 0, 0, 0, 0]],
      ['W', '西网格', [1, 2, 0, 0, 0, 0, 0, 0, 0, 0]],
    ] as const) {
      const gridId = await arrangeGrid(t, village, { code, name });
      for (const [i, p] of points.entries()) {
        const resident = await arrangeResident(t, village, {
          gridId,
          gender: i % 2 ? Gender.FEMALE : Gender.MALE,
          birthDate: `${DEMO_YEAR - 30 - i * 4}-05-01`,
          roles: [S.VILLAGER],
        });
        if (p === 0) continue;
        await arrangeApprovedAct(t, village, {
          residentId: resident.id,
          itemCode: p < 0 ? 'FN1' : 'FP1',
          points: Math.abs(p),
          actedOn: on(`03-0${1 + i}`),
        });
      }
    }
    t.setToday(null);

    const { context, page } = await server.signIn(village.admin.username, 'desktop');
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/reporting/fairness');
      await page.getByRole('heading', { name: '公平性分析' }).waitFor();
      await page.getByLabel('年度').fill(String(DEMO_YEAR));
      await page.getByLabel('期间').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '第1季度' })
        .click();
      const grids = page.getByRole('table', { name: '按网格' });
      const east = grids.getByRole('row').filter({ hasText: '东网格' });
      await east.getByText('偏离（偏高）').waitFor();
      expect(await east.textContent()).toContain('60'); // 6 deductions among 10: 60 per 100
      const west = grids.getByRole('row').filter({ hasText: '西网格' });
      expect(await west.getByText('偏离（偏低）').count()).toBe(1);
      for (const name of ['按性别', '按年龄段', '按审核人']) {
        await page.getByRole('table', { name }).waitFor();
      }
      const reviewers = page.getByRole('table', { name: '按审核人' });
      expect(await reviewers.textContent()).toContain(`${village.name}信用议事会`);
      await page.getByText(`${village.name}（${DEMO_YEAR}年第1季度）：2 处扣分率偏离全村`).waitFor();
      await east.getByText('偏离（偏高）').hover();
      const tooltip = page.getByRole('tooltip').filter({ hasText: '扣分率明显高于全村' });
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toContain('本组每百人扣分 60 次，其余村民每百人扣分 0 次');
      await screenshot(page, 'admin-fairness');
    } catch (error) {
      await screenshot(page, 'failed-admin-fairness');
      throw error;
    } finally {
      await context.close();
    }
  });
});
