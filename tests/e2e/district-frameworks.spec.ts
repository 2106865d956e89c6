import { screenshot } from './support/browser';
import { chooseOption, openFramework } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/** The district admin reads a framework and its items, and finds an operation in the audit log. */
describe('district frameworks and audit log (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('wendeng-admin opens a framework and its items', async () => {
    const { context, page } = await server.signIn('wendeng-admin');
    try {
      await page.goto('/district/frameworks');
      await page.locator('.ant-table-row').first().waitFor();
      await openFramework(page, /文登区\d{4}年村级/);
      const row = page.locator('.ant-table-row').filter({ hasText: 'P01' });
      await row.getByText('参加志愿服务（按小时计）').waitFor();
      await row.getByText('每小时 0.5', { exact: false }).waitFor();
      await screenshot(page, 'admin-district-frameworks');
      await page.getByRole('tab', { name: '评分规则' }).click();
      await page.getByLabel('允许镇调整分值的最大幅度（%）').waitFor();
      expect(await page.getByLabel('允许镇调整分值的最大幅度（%）').inputValue()).toBe('20');
      await screenshot(page, 'admin-district-framework-rules');
    } catch (error) {
      await screenshot(page, 'failed-district-framework');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('the audit log filters by operation and outcome and opens a row', async () => {
    const { context, page } = await server.signIn('wendeng-admin');
    try {
      await page.goto('/audit/log');
      await page.getByRole('heading', { name: '审计日志' }).waitFor();
      await page.getByLabel('操作', { exact: true }).fill('login');
      await chooseOption(page, '结果', '成功');
      const rows = page.locator('.ant-table-row');
      await rows.first().getByText('login').waitFor();
      for (const text of await rows.locator('td:nth-child(2)').allTextContents()) expect(text).toBe('login');
      await screenshot(page, 'admin-audit-log');
      await rows
        .first()
        .getByRole('button', { name: /查\s*看/ })
        .click();
      const drawer = page.getByRole('dialog', { name: '审计记录详情' });
      await drawer.getByText('请求详情').waitFor();
      await drawer.getByText('成功').waitFor();
      await screenshot(page, 'admin-audit-detail');
    } catch (error) {
      await screenshot(page, 'failed-audit-log');
      throw error;
    } finally {
      await context.close();
    }
  });
});
