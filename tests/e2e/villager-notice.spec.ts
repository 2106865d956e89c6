import { setTodayForTests } from '@village/platform-common';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { screenshot } from './support/browser';
import { objectOnMyLine, openMyDeclarations, openNotice } from './support/villager-steps';
import { startWebTestServer, type WebTestServer } from './support/web-server';

/**
 * The posted notice on the phone. The demo is seeded as of 3 October, when 大泽头村's third quarter has
 * just been tallied and posted (notice open seven days), so 李秀英 can still object.
 */
describe('villager phone app: notice and objections (browser)', () => {
  let server: WebTestServer;
  beforeAll(async () => {
    setTodayForTests(`${DEMO_YEAR}-10-03`);
    server = await startWebTestServer({ demoActivity: true });
  });
  afterAll(async () => {
    await server?.close();
    setTodayForTests(null);
  });

  it('finds her highlighted line on the open notice, objects to it and sees it in my objections', async () => {
    const { context, page } = await server.signIn('dazetou-resident', 'phone');
    try {
      await openNotice(page);
      await page
        .getByText(/公示中/)
        .first()
        .waitFor();
      const mine = page.locator('.mine-line').first();
      await mine.getByText('李秀英').waitFor();
      await mine.getByText('（我）').waitFor();
      await screenshot(page, 'villager-notice');
      const reason = `本季度我 9 月的清扫没有计入 e2e-${Date.now()}`;
      await objectOnMyLine(page, reason);
      const card = page.locator('.adm-card').filter({ hasText: reason });
      await card.getByText('待答复').waitFor();
      await card.getByText(/李秀英/).waitFor();
    } catch (error) {
      await screenshot(page, 'failed-villager-notice');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('reaches the inbox, the democratic appraisal and her household from the tabs', async () => {
    const { context, page } = await server.signIn('dazetou-resident', 'phone');
    try {
      await page.getByRole('link', { name: '消息' }).click();
      await page.getByRole('heading', { name: '我的消息' }).waitFor();
      await page.getByText(/未读 \d+ 条/).waitFor();
      await page.getByText('公示已开始').first().waitFor();
      await screenshot(page, 'villager-inbox');
      await page.getByRole('button', { name: '全部标为已读' }).click();
      await page.getByText('未读 0 条').waitFor();

      await page.getByRole('link', { name: '我的' }).click();
      await page.getByText('户号').waitFor();
      await screenshot(page, 'villager-mine');
      await page.getByText(/民主评议/).click();
      await page.getByRole('heading', { name: /民主评议/ }).waitFor();
      // The year is open in October: the party members and representatives of the last notice are listed.
      const first = page.locator('.adm-card').filter({ hasText: '（党员）' }).first();
      await first.getByRole('button', { name: '提交评分' }).click();
      await first.getByText(/已评 90 分/).waitFor();
      await screenshot(page, 'villager-appraisal');
    } catch (error) {
      await screenshot(page, 'failed-villager-tour');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('shows a resident of another village none of 大泽头村’s notice lines or declarations', async () => {
    const { context, page } = await server.signIn('houjiaan-resident', 'phone');
    try {
      await openNotice(page);
      await page.locator('.adm-card').first().waitFor();
      await page.locator('.mine-line').first().getByText('姜红梅').waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      for (const name of ['李秀英', '张兆明', '宋立新']) expect(text).not.toContain(name);
      await openMyDeclarations(page);
      await page.locator('.adm-card, .adm-error-block').first().waitFor();
      expect((await page.locator('main').textContent()) ?? '').not.toContain('李秀英');
    } finally {
      await context.close();
    }
  });
});
