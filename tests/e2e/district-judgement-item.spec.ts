import { screenshot } from './support/browser';
import { chooseOption, fillItemDialog, openFramework, settled, spaced } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * Issue 12 on the district's screen: a catalogue's direct judgement (失信被执行人: at most one star while
 * it stands, two years, repairable to a 5-point deduction) and a household item scoring every member,
 * entered in the item form and read back in words in the item list.
 */
describe('district judgement and household items (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('wendeng-admin enters a repairable judgement and a household item and reads their rules', async () => {
    const { context, page } = await server.signIn('wendeng-admin');
    try {
      await openFramework(page, /文登区\d{4}年村级/);
      const published = new URL(page.url()).pathname;
      await page.getByRole('button', { name: '以此为底稿新建版本' }).click();
      await page.waitForURL((url) => url.pathname !== published);
      await page.getByText('草稿', { exact: true }).first().waitFor();

      await page.getByRole('button', { name: '新增评价事项' }).click();
      const dialog = page.getByRole('dialog', { name: '新增评价事项' });
      await chooseOption(page, '直接认定星级', '最高 1 星', dialog);
      await dialog.getByLabel('信用修复后扣分', { exact: true }).fill('5');
      await dialog.getByRole('button', { name: spaced('添加一条') }).click();
      await dialog.locator('[aria-label="第 1 条有效期"]').getByLabel('有效月数', { exact: true }).fill('24');
      await fillItemDialog(page, {
        code: 'X03',
        name: '列为失信被执行人',
        category: '公民公德',
        direction: '扣分项',
        track: '居民信用积分',
        subjects: ['村民'],
        pointsMin: '0',
        pointsMax: '5',
      });
      await dialog.waitFor({ state: 'hidden' });
      await page.getByLabel('查找事项').fill('X03');
      const x03 = page.locator('.ant-table-row').filter({ hasText: 'X03' });
      await x03.getByText(/直接认定：星级最高 1 星；可信用修复，修复后改为扣 5 分；其余有效 2 年/).waitFor();
      await settled(page);
      await screenshot(page, 'admin-framework-judgement-item');

      await page.getByRole('button', { name: '新增评价事项' }).click();
      await dialog.getByLabel('按户计分', { exact: true }).check();
      await dialog.getByLabel('每位家庭成员都计分', { exact: true }).click();
      await fillItemDialog(page, {
        code: 'X04',
        name: '评为文明家庭户',
        category: '文明实践',
        direction: '加分项',
        track: '居民信用积分',
        subjects: ['村民'],
        pointsMin: '2',
        pointsMax: '2',
      });
      await dialog.waitFor({ state: 'hidden' });
      await page.getByLabel('查找事项').fill('X04');
      await page
        .locator('.ant-table-row')
        .filter({ hasText: 'X04' })
        .getByText(/按户计分，每位家庭成员各计一次（每季度每户一次）/)
        .waitFor();
    } catch (error) {
      await screenshot(page, 'failed-district-judgement-item');
      throw error;
    } finally {
      await context.close();
    }
  });
});
