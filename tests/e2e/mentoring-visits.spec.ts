import { SubjectType as S } from '@village/platform-common';
import { ItemCategory, ItemDirection } from '@village/rulebook';
import type { Page } from 'playwright-core';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeApprovedAct,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  DEMO_VILLAGE_ITEMS,
  orgUnits,
  villageItem,
} from '../support/arrange';
import { arrangeFinalYear } from '../incentives/final-year';
import { newContext, screenshot } from './support/browser';
import { spaced } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

const LOW = villageItem('MV1', '列为失信被执行人', {
  category: ItemCategory.CIVIC_VIRTUE,
  direction: ItemDirection.NEGATIVE,
  subjectTypes: [S.VILLAGER],
  pointsMin: 0,
  pointsMax: 0,
  judgementStars: 1,
});

const NOTE = '上门了解家中困难，讲解还款政策';
const AGREED = '按月履行还款计划';

/** Picks a resident in the antd resident picker labelled `label` by typing her name. */
async function pickResident(page: Page, label: string, name: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(name);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
    .first()
    .click();
}

/**
 * 一对一帮扶 end to end (DOMAIN.md §11): the final year opens a mentoring case for a 1-star villager; on
 * 负面约束 the credit council sets the village's mentoring rule, assigns a mentor, records a visit and
 * reads it under the case; the villager reads the visit on her phone under 我收到的帮扶.
 */
describe('mentoring: rule, mentor, visit, and the villager’s view (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('the council records a mentoring visit and the villager reads it on her phone', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    t.setToday(`${DEMO_YEAR}-02-01`);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, {
      villageItems: [...DEMO_VILLAGE_ITEMS, LOW],
      open: false,
    });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    const low = await arrangeResident(t, village, { name: '孙秀梅', roles: [S.VILLAGER], login: true });
    const mentor = await arrangeResident(t, village, { name: '刘建军', roles: [S.PARTY_MEMBER] });
    t.setToday(`${DEMO_YEAR}-02-15`);
    await arrangeApprovedAct(t, village, {
      residentId: low.id,
      itemCode: 'MV1',
      actedOn: `${DEMO_YEAR}-02-10`,
    });
    await arrangeFinalYear(t, village, periods);

    const { context, page } = await server.signIn(village.council.username, 'desktop');
    try {
      await page.goto('/incentives/cases');
      await page.getByRole('heading', { name: '负面约束' }).waitFor();
      await page.getByLabel('总评年度').fill(String(DEMO_YEAR));

      // The village's rule for the years to come: the bottom 10 % by credit score.
      await page.getByRole('radio', { name: '按积分排名' }).check();
      await page.getByLabel('排名后百分之几（1–50）').fill('10');
      await page.getByRole('button', { name: '保存办法' }).click();
      await page.getByText('已保存：积分排名后 10% 的村民列为帮扶对象').waitFor();

      const row = page.getByRole('row').filter({ hasText: low.name }).filter({ hasText: '一对一帮扶' });
      await row.getByRole('button', { name: '指定帮扶人' }).click();
      await pickResident(page, '帮扶人（党员或村干部）', mentor.name);
      await page
        .getByRole('dialog')
        .getByRole('button', { name: spaced('保存') })
        .click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      await row.getByRole('button', { name: '登记走访' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('走访情况').fill(NOTE);
      await dialog.getByLabel('商定的改进事项').fill(AGREED);
      await dialog.getByRole('button', { name: spaced('保存') }).click();
      await dialog.waitFor({ state: 'hidden' });

      await row.getByRole('button', { name: '展开行' }).click();
      const visit = page.getByLabel(`${low.name}的走访记录`).getByRole('row').filter({ hasText: NOTE });
      await visit.waitFor();
      expect(await visit.getByRole('cell').allTextContents()).toEqual([
        expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        NOTE,
        AGREED,
      ]);
      await screenshot(page, 'admin-mentoring-visits');
    } catch (error) {
      await screenshot(page, 'failed-admin-mentoring-visits');
      throw error;
    } finally {
      await context.close();
    }

    const user = low.user;
    if (!user) throw new Error('the resident has no login');
    const phone = await newContext(server.browser, server.baseUrl, 'phone');
    const mobile = await phone.newPage();
    try {
      await mobile.goto('/m/login');
      await mobile.getByLabel('账号').fill(user.username);
      await mobile.getByLabel('密码').fill(user.password);
      await mobile.getByRole('button', { name: /登\s*录/ }).click();
      await mobile.waitForURL((url) => !url.pathname.endsWith('/login'));
      await mobile.goto('/m/me');
      await mobile.getByText('我收到的帮扶', { exact: true }).click();
      await mobile.getByRole('heading', { name: '我收到的帮扶' }).waitFor();
      await mobile.getByText(NOTE).waitFor();
      await mobile.getByText(AGREED).waitFor();
      await screenshot(mobile, 'villager-my-mentoring');
    } catch (error) {
      await screenshot(mobile, 'failed-villager-my-mentoring');
      throw error;
    } finally {
      await phone.close();
    }
  });
});
