import { SubjectType as S } from '@village/platform-common';
import type { Page } from 'playwright-core';
import { Gender } from '@village/residents';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeApprovedAct,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
} from '../support/arrange';
import { arrangeFinalYear } from '../incentives/final-year';
import { newContext, screenshot } from './support/browser';
import { chooseOption, spaced } from './support/district-town-steps';
import { useWebTestServer, type WebTestServer } from './support/web-server';

const HONOUR = '五星文明户';
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

/** Runs a journey's steps in a signed-in browser, keeping a screenshot when one fails. */
async function as(
  server: WebTestServer,
  username: string,
  name: string,
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  const { context, page } = await server.signIn(username, 'desktop');
  try {
    await steps(page);
    await screenshot(page, name);
  } catch (error) {
    await screenshot(page, `failed-${name}`);
    throw error;
  } finally {
    await context.close();
  }
}

/** The honours screen for the year the village has just made final. */
async function openHonours(page: Page): Promise<void> {
  await page.goto('/incentives/honours');
  await page.getByRole('heading', { name: '评先选优' }).waitFor();
  const year = page.getByLabel('评选年度');
  if ((await year.count()) > 0) await year.fill(String(DEMO_YEAR));
}

/**
 * 评先选优 end to end (DOMAIN.md §7): the district sets up an honour with its eligibility, the village's
 * credit council nominates a resident against the final year, the town approves with a reason and
 * publishes its list; the honour then shows on the resident's record and on her phone.
 */
describe('honours: district type, village nomination, town approval (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('the council nominates, the town approves and publishes, the resident sees her honour', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    t.setToday(on('02-01'));
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    const resident = await arrangeResident(t, village, {
      name: '王桂芝',
      gender: Gender.FEMALE,
      roles: [S.VILLAGER],
      login: true,
    });
    t.setToday(on('02-15'));
    await arrangeApprovedAct(t, village, { residentId: resident.id, itemCode: 'P03', actedOn: on('02-10') });
    const final = await arrangeFinalYear(t, village, periods);
    const stars = final.results.get(resident.id)?.stars ?? 0;

    // The district: 新建荣誉类型, refused without a minimum, then created with the resident's stars.
    await as(server, 'wendeng-admin', 'admin-honour-types', async (page) => {
      await openHonours(page);
      await page.getByRole('button', { name: '新建荣誉类型' }).click();
      const dialog = page.getByRole('dialog', { name: '新建荣誉类型' });
      await dialog.getByLabel('荣誉名称').fill(HONOUR);
      await dialog.getByRole('button', { name: spaced('创建') }).click();
      await dialog.getByText('请至少规定最低星级或最低等次之一').waitFor();
      await dialog.getByLabel('最低星级（0–5 星）').fill(String(stars));
      await dialog.getByLabel('每村最多推荐人数').fill('2');
      await dialog.getByRole('button', { name: spaced('创建') }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.getByRole('row').filter({ hasText: HONOUR });
      await row.waitFor();
      expect(await row.getByRole('cell').allTextContents()).toEqual([
        HONOUR,
        '村民',
        `${stars} 星`,
        '不限',
        '2 人',
      ]);
    });

    // The village: its credit council nominates her for the final year.
    await as(server, village.council.username, 'admin-honour-nominate', async (page) => {
      await openHonours(page);
      await chooseOption(page, '荣誉', HONOUR);
      const who = page.getByLabel('村民', { exact: true });
      await who.click();
      await who.fill(resident.name);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: resident.name })
        .first()
        .click();
      await page.getByLabel('推荐理由').fill('常年照顾孤寡老人，热心村务');
      await page.getByRole('button', { name: spaced('推荐') }).click();
      await page.getByRole('row').filter({ hasText: resident.name }).getByText('待镇审批').waitFor();
    });

    // The town: approves with a reason, then publishes the year's list.
    await as(server, 'songcun-admin', 'admin-honour-approve', async (page) => {
      await openHonours(page);
      const row = page.getByRole('row').filter({ hasText: resident.name });
      await row.getByRole('button', { name: `同意${resident.name}` }).click();
      const dialog = page.getByRole('dialog', { name: `同意推荐：${resident.name}` });
      await dialog.getByLabel('审批理由').fill('事迹属实，同意');
      await dialog.getByRole('button', { name: spaced('确定') }).click();
      await row.getByText('镇已同意').waitFor();
      await page.getByRole('button', { name: `公布 ${DEMO_YEAR} 年度荣誉榜` }).click();
      await row.getByText('已公布').waitFor();
    });

    // The resident's record in the village's register.
    await as(server, village.admin.username, 'admin-resident-honours', async (page) => {
      await page.goto(`/people/residents/${resident.id}`);
      const card = page.locator('.ant-card').filter({ hasText: '所获荣誉' });
      const row = card.getByRole('row').filter({ hasText: HONOUR });
      await row.waitFor();
      expect(await row.getByRole('cell').allTextContents()).toEqual([
        String(DEMO_YEAR),
        HONOUR,
        '常年照顾孤寡老人，热心村务',
        '事迹属实，同意',
      ]);
    });

    // Her phone: 我的 → 我的荣誉.
    const user = resident.user;
    if (!user) throw new Error('the resident has no login');
    const phone = await newContext(server.browser, server.baseUrl, 'phone');
    const page = await phone.newPage();
    try {
      await page.goto('/m/login');
      await page.getByLabel('账号').fill(user.username);
      await page.getByLabel('密码').fill(user.password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/login'));
      await page.goto('/m/me');
      await page.getByText('我的荣誉', { exact: true }).click();
      await page.getByRole('heading', { name: '我的荣誉' }).waitFor();
      await page.getByText(HONOUR).waitFor();
      await page.getByText(`${DEMO_YEAR} 年度`).waitFor();
      await screenshot(page, 'villager-my-honours');
    } catch (error) {
      await screenshot(page, 'failed-villager-my-honours');
      throw error;
    } finally {
      await phone.close();
    }
  });
});
