import { screenshot } from './support/browser';
import { openFromMenu } from './support/people-steps';
import { startWebTestServer, type WebTestServer } from './support/web-server';

/** A credit council member reads the scoring teams: members by kind, the rule, and today's captain. */
describe('scoring teams and captain rota (browser)', () => {
  let server: WebTestServer;
  beforeAll(async () => {
    server = await startWebTestServer({ demoPeople: true });
  });
  afterAll(async () => server?.close());

  it('shows each team with the composition rule and who is captain today', async () => {
    const { context, page } = await server.signIn('dazetou-admin');
    try {
      await openFromMenu(page, '评分队伍与轮值队长');
      await page.getByText(/第 1 队 · /).waitFor();
      await page.getByText('评分队伍组成要求').waitFor();
      for (const kind of ['党员先锋', '村干部', '群众代表']) {
        expect(await page.getByRole('cell', { name: kind }).count()).toBeGreaterThan(0);
      }
      await page.getByRole('status').filter({ hasText: '轮值队长：' }).first().waitFor();
      await screenshot(page, 'admin-teams');
    } catch (error) {
      await screenshot(page, 'failed-teams');
      throw error;
    } finally {
      await context.close();
    }
  });
});
