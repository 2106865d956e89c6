import { SubjectType as S } from '@village/platform-common';
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

const PLANS = `query ($v: ID!) { payoutPlans(villageId: $v) { status digest totalYuan lineCount } }`;
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

/**
 * The fund's payout plan on screen (资金发放方案): the credit council drafts the first quarter's plan at
 * ¥2.00 a point, records the meeting's vote, posts it (the digest shown in groups of eight) and
 * registers the payment at the villagers' assembly.
 */
describe('payout plan: draft, vote, post, pay (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('the council drafts from the final quarter, records the vote, posts and pays', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    t.setToday(on('02-01'));
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    const resident = await arrangeResident(t, village, { name: '王桂芝', roles: [S.VILLAGER] });
    t.setToday(on('02-15'));
    await arrangeApprovedAct(t, village, { residentId: resident.id, itemCode: 'P03', actedOn: on('02-10') });
    await arrangeFinalQuarter(t, village, periods, 1);

    const { context, page } = await server.signIn(village.council.username, 'desktop');
    try {
      await page.goto('/incentives/payout');
      await page.getByLabel('年度').fill(String(DEMO_YEAR));
      await page.getByRole('button', { name: '起草发放方案' }).click();
      await page.getByLabel('周期（已定案）').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '第1季度' })
        .click();
      await page.getByLabel('每分金额（元）').fill('2');
      await page
        .getByRole('button', { name: /起\s*草/ })
        .last()
        .click();

      const drawer = page.locator('.ant-drawer');
      await drawer.getByText('王桂芝').waitFor();
      await drawer.getByRole('button', { name: '录入表决结果' }).click();
      const vote = page.getByRole('dialog', { name: '录入党员和村民代表会议表决结果' });
      await vote.getByLabel('应到（人）').fill('30');
      await vote.getByLabel('实到（人）').fill('24');
      await vote.getByLabel('赞成（人）').fill('20');
      await vote.getByLabel('反对（人）').fill('4');
      await vote.getByRole('button', { name: '保存表决结果' }).click();
      await drawer.getByText('表决通过，待公示').first().waitFor();

      await drawer.getByRole('button', { name: '张榜公示' }).click();
      await page
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /公\s*示/ })
        .click();
      await drawer.getByText('已公示，待发放').first().waitFor();
      await drawer.getByRole('button', { name: '登记已在村民大会发放' }).click();
      await drawer.getByText('已发放').first().waitFor();
      const shownDigest = (await drawer.getByLabel('方案摘要').textContent())?.replace(/\s/g, '');
      await screenshot(page, 'admin-payout-plan');

      const [plan] = expectOk(await t.gql(PLANS, { v: village.id }, village.admin.token)).payoutPlans;
      expect(plan).toMatchObject({ status: 'PAID', lineCount: 1 });
      expect(await drawer.getByText(`¥${plan.totalYuan.toFixed(2)}（1 人）`).count()).toBe(1);
      expect(shownDigest).toBe(plan.digest);
    } catch (error) {
      await screenshot(page, 'failed-admin-payout-plan');
      throw error;
    } finally {
      await context.close();
    }
  });
});
