import { errorCode } from '../support/test-app';
import { LOGIN } from '../support/documents/login';
import { TEST_DEMO_PASSWORD } from '../support/test-env';
import { clickUntilShown, screenshot } from './support/browser';
import { chooseOption, confirmStep, settled } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * The town admin manages an existing account: grants a role and revokes it, disables and enables
 * the account, resets its password (the temporary one shown once) — each after its confirmation.
 */
describe('managing staff accounts (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  const login = (password: string, username = 'dazetou-council2') =>
    server.api.gql(LOGIN, { input: { username, password } });

  it('songcun-admin grants and revokes a role, disables and enables, and resets the password of dazetou-council2', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      await page.goto('/accounts/users');
      await page.getByRole('heading', { name: '工作人员账号' }).waitFor();
      await chooseOption(page, '单位', '大泽头村');
      await page.getByLabel('查找账号').fill('dazetou-council2');
      const row = page.locator('.ant-table-row').filter({ hasText: 'dazetou-council2' });
      await row.waitFor();
      expect(await page.locator('.ant-table-row').count()).toBe(1);
      const manage = async (action: string) => {
        const item = page.getByRole('menuitem', { name: action });
        await clickUntilShown(() => row.getByRole('button', { name: /管理/ }).click(), item);
        await item.click();
      };

      // Grant: the dialog is the confirmation (who, which role, where).
      const grant = page.getByRole('dialog', { name: /^授予角色：/ });
      await clickUntilShown(() => manage('授予角色…'), grant);
      await chooseOption(page, '角色', '评分员', grant);
      await chooseOption(page, '授予单位（覆盖其下级单位）', '大泽头村', grant);
      await grant.getByRole('button', { name: /授\s*予/ }).click();
      await grant.waitFor({ state: 'hidden' });
      const scorer = row.locator('.ant-tag').filter({ hasText: '大泽头村 · 评分员' });
      await scorer.waitFor();
      await settled(page);
      await screenshot(page, 'admin-accounts-roles');

      // From the keyboard: the tag's × is a button of its own.
      await scorer.getByRole('button', { name: '撤销 评分员' }).focus();
      await page.keyboard.press('Enter');
      await confirmStep(page, '已签发的令牌立即失效', '撤销');
      await scorer.waitFor({ state: 'detached' });

      await manage('停用账号…');
      await confirmStep(page, '停用后该账号立即无法登录', '停用');
      await row.getByText('已停用').waitFor();
      expect(errorCode(await login(TEST_DEMO_PASSWORD))).toBeDefined();
      await manage('启用账号…');
      await confirmStep(page, '启用后该账号可以重新登录', '启用');
      await row.getByText('正常', { exact: true }).waitFor();
      expect((await login(TEST_DEMO_PASSWORD)).data?.login.accessToken).toBeTruthy();

      await manage('重置密码…');
      await confirmStep(page, '原密码立即失效', '重置密码');
      const dialog = page.getByRole('dialog', { name: '临时密码（仅显示这一次）' });
      await dialog.getByText('dazetou-council2').waitFor();
      const password = (await dialog.getByTestId('one-time-password').innerText()).trim();
      expect(password.length).toBeGreaterThanOrEqual(8);
      await dialog.getByRole('button', { name: '我已记下，关闭' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('待改临时密码').waitFor();
      expect(errorCode(await login(TEST_DEMO_PASSWORD))).toBeDefined();
      expect((await login(password)).data?.login.accessToken).toBeTruthy();
    } catch (error) {
      await screenshot(page, 'failed-accounts-manage');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('songcun-admin unlocks an account locked by wrong passwords, after the confirmation', async () => {
    // Five wrong passwords in a row lock it (LOGIN_MAX_FAILURES).
    for (let i = 0; i < 5; i++) await login('wrong-password-1', 'dazetou-council');
    expect(errorCode(await login(TEST_DEMO_PASSWORD, 'dazetou-council'))).toBe('ACCOUNT_LOCKED');

    const { context, page } = await server.signIn('songcun-admin');
    try {
      await page.goto('/accounts/users');
      await chooseOption(page, '单位', '大泽头村');
      await chooseOption(page, '状态', '锁定中');
      const row = page.locator('.ant-table-row').filter({ hasText: 'dazetou-council' });
      await row.getByText(/^锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();
      expect(await page.locator('.ant-table-row').count()).toBe(1);
      await row.getByRole('button', { name: /管理/ }).click();
      await page.getByRole('menuitem', { name: '解除锁定…' }).click();
      await confirmStep(page, '解除后可立即再次尝试登录', '解除锁定');
      await page.getByText('本页没有符合条件的账号').waitFor();
      expect((await login(TEST_DEMO_PASSWORD, 'dazetou-council')).data?.login.accessToken).toBeTruthy();
    } catch (error) {
      await screenshot(page, 'failed-accounts-unlock');
      throw error;
    } finally {
      await context.close();
    }
  });
});
