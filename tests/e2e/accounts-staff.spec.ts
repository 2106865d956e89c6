import { screenshot } from './support/browser';
import { chooseOption } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/** A town admin creates a staff account and sees its one-time password, once. */
describe('staff accounts (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('songcun-admin creates a scorer account and is shown the temporary password', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      await page.goto('/accounts/users');
      await page.getByRole('heading', { name: '工作人员账号' }).waitFor();
      await page.locator('.ant-table-row').first().waitFor();
      await screenshot(page, 'admin-accounts');
      await page.getByLabel('姓名').fill('李评分');
      await page.getByLabel('用户名').fill('songcun-scorer-e2e');
      await chooseOption(page, '角色', '评分员');
      await chooseOption(page, '归属单位（也是角色的授予单位）', '大泽头村');
      await page.getByRole('button', { name: /新建账号/ }).click();
      const dialog = page.getByRole('dialog', { name: '临时密码（仅显示这一次）' });
      await dialog.waitFor();
      const password = (await dialog.getByTestId('one-time-password').innerText()).trim();
      expect(password.length).toBeGreaterThanOrEqual(8);
      await dialog.getByText('songcun-scorer-e2e').waitFor();
      await screenshot(page, 'admin-accounts-password');
      await dialog.getByRole('button', { name: '我已记下，关闭' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByText(password).count()).toBe(0);
    } catch (error) {
      await screenshot(page, 'failed-accounts');
      throw error;
    } finally {
      await context.close();
    }
  });
});
