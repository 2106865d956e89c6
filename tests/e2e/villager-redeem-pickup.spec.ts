import { Role, SubjectType as S } from '@village/platform-common';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeApprovedAct,
  arrangeFinalQuarter,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  arrangeUser,
  orgUnits,
} from '../support/arrange';
import { expectOk } from '../support/test-app';
import { newContext, screenshot } from './support/browser';
import { useWebTestServer } from './support/web-server';

const CREATE_SHOP = `mutation ($input: CreateShopInput!) { createShop(input: $input) { id } }`;
const CREATE_GOODS = `mutation ($input: CreateGoodsInput!) { createGoods(input: $input) { id } }`;
const RESIDENT_POINTS = `query ($r: ID!) { residentPoints(residentId: $r) { balance } }`;
const SHOP_REDEMPTIONS = `query ($s: ID!) { shopRedemptions(shopId: $s) { pickupCode status points } }`;

const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

/**
 * Redeemable points end to end: a quarter becomes final and the resident's points are credited; on the
 * phone she reserves a good of the village's 信用超市 and reads the pickup code off the screen; at the
 * counter the clerk types it and confirms the pickup.
 */
describe('redeeming points: phone reservation, counter pickup (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('a resident reserves on the phone and a clerk confirms pickup with the code', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    t.setToday(on('02-01'));
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    const resident = await arrangeResident(t, village, { name: '陈秀兰', roles: [S.VILLAGER], login: true });
    t.setToday(on('02-15'));
    await arrangeApprovedAct(t, village, { residentId: resident.id, itemCode: 'P03', actedOn: on('02-10') });
    await arrangeFinalQuarter(t, village, periods, 1);
    const before = expectOk(await t.gql(RESIDENT_POINTS, { r: resident.id }, village.admin.token))
      .residentPoints.balance as number;
    expect(before).toBeGreaterThan(0);

    const shopId = expectOk(
      await t.gql(
        CREATE_SHOP,
        { input: { unitId: village.id, name: '信用超市', kind: 'SUPERMARKET', openingHours: '每周六上午' } },
        village.admin.token,
      ),
    ).createShop.id as string;
    expectOk(
      await t.gql(
        CREATE_GOODS,
        { input: { shopId, name: '食用盐', pricePoints: 1, valueYuan: 2, initialStock: 10 } },
        village.admin.token,
      ),
    );
    const clerk = await arrangeUser(t, village.unit, Role.STORE_CLERK);

    // The phone: 我的 → 积分兑换 → 兑换 → 确认兑换, and the code shown big.
    const user = resident.user;
    if (!user) throw new Error('the resident has no login');
    const phone = await newContext(server.browser, server.baseUrl, 'phone');
    const page = await phone.newPage();
    let code = '';
    try {
      await page.goto('/m/login');
      await page.getByLabel('账号').fill(user.username);
      await page.getByLabel('密码').fill(user.password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/login'));
      await page.goto('/m/me');
      await page.getByText('积分兑换', { exact: true }).last().click();
      await page.getByRole('button', { name: '兑换 食用盐' }).click();
      await page.getByRole('button', { name: '确认兑换' }).click();
      code = (await page.getByTestId('pickup-code').textContent())?.trim() ?? '';
      expect(code).toMatch(/^\d{6}$/);
      await screenshot(page, 'villager-redeem');
    } catch (error) {
      await screenshot(page, 'failed-villager-redeem');
      throw error;
    } finally {
      await phone.close();
    }

    // The counter: the clerk types the code.
    const { context, page: desk } = await server.signIn(clerk.username, 'desktop');
    try {
      await desk.goto(`/incentives/counter?shop=${shopId}`);
      await desk.getByLabel('取货码').fill(code);
      await desk.getByRole('button', { name: '确认领取' }).click();
      await desk.getByText(/已领取：食用盐 × 1/).waitFor();
      await screenshot(desk, 'admin-redemption-counter');
    } catch (error) {
      await screenshot(desk, 'failed-admin-redemption-counter');
      throw error;
    } finally {
      await context.close();
    }

    const redemptions = expectOk(await t.gql(SHOP_REDEMPTIONS, { s: shopId }, clerk.token)).shopRedemptions;
    expect(redemptions).toEqual([{ pickupCode: code, status: 'PICKED_UP', points: 1 }]);
    const after = expectOk(await t.gql(RESIDENT_POINTS, { r: resident.id }, village.admin.token))
      .residentPoints.balance as number;
    expect(after).toBeCloseTo(before - 1);

    // The fund's accounts: the village admin reads what the shop gave out this year.
    const admin = await server.signIn(village.admin.username, 'desktop');
    try {
      await admin.page.goto('/incentives/fund');
      const row = admin.page.getByRole('row').filter({ hasText: '信用超市' });
      await row.waitFor();
      expect(await row.getByRole('cell').allTextContents()).toEqual(['信用超市', '1', '1', '¥2.00']);
      await screenshot(admin.page, 'admin-fund-figures');
    } catch (error) {
      await screenshot(admin.page, 'failed-admin-fund-figures');
      throw error;
    } finally {
      await admin.context.close();
    }
  });
});
