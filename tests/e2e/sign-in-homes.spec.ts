import { DEMO_USERS } from '../../apps/api/src/demo/demo-org.data';
import { screenshot } from './support/browser';
import { TEST_DEMO_PASSWORD } from '../support/test-env';
import { useWebTestServer } from './support/web-server';

/** Every demo user signs in and lands on their own home, in Chinese; signing out ends the session. */
describe('sign-in and homes (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  const cadres = DEMO_USERS.filter((u) => !u.username.endsWith('-resident'));
  const residents = DEMO_USERS.filter((u) => u.username.endsWith('-resident'));

  it.each(cadres.map((u) => [u.username, u.displayName]))(
    '%s lands on the admin home',
    async (username, name) => {
      const { context, page } = await server.signIn(username);
      try {
        await page.getByRole('heading', { name: `${name} · 工作台` }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/');
        if (username === 'songcun-admin') await screenshot(page, 'admin-home-town');
      } finally {
        await context.close();
      }
    },
  );

  it.each(residents.map((u) => [u.username]))('%s lands on "my score" on the phone', async (username) => {
    const { context, page } = await server.signIn(username, 'phone');
    try {
      await page.getByRole('heading', { name: /您好/ }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/m\/?$/);
    } catch (error) {
      await screenshot(page, `failed-${username}`);
      throw error;
    } finally {
      await context.close();
    }
  });

  it('a wrong password is refused on the form in Chinese, and nothing is stored', async () => {
    const context = await server.browser.newContext({ baseURL: server.baseUrl, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto('/login');
      await page.getByLabel('用户名').fill('dazetou-admin');
      await page.getByLabel('密码').fill('wrong-password-1');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: /用户名或密码/ })
        .waitFor();
      expect(await page.evaluate('localStorage.getItem("village-admin-session")')).toBeNull();
    } finally {
      await context.close();
    }
  });

  it('a page opened without a session goes to login and back after it; sign-out ends the session', async () => {
    const context = await server.browser.newContext({ baseURL: server.baseUrl, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto('/account/password');
      await page.waitForURL(/\/login\?from=/);
      await page.getByLabel('用户名').fill('dazetou-admin');
      await page.getByLabel('密码').fill(TEST_DEMO_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL(/\/account\/password$/);
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL(/\/login/);
      await page.goto('/');
      await page.waitForURL(/\/login/);
    } finally {
      await context.close();
    }
  });
});
