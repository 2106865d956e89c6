import { screenshot } from './support/browser';
import { openFromMenu } from './support/people-steps';
import { useWebTestServer } from './support/web-server';

/** A credit council member reads the scoring teams: members by kind, the rule, and today's captain. */
describe('scoring teams and captain rota (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

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

  it('every people and programme screen opens with its data; the council reads without write buttons', async () => {
    const admin = await server.signIn('dazetou-admin');
    try {
      const page = admin.page;
      await openFromMenu(page, '村民名册');
      await page.getByRole('link', { name: '于建国' }).click();
      await page.getByText('主体身份', { exact: true }).waitFor();
      await page.getByRole('cell', { name: '党员' }).first().waitFor();
      await screenshot(page, 'admin-resident-detail');
      await openFromMenu(page, '户');
      await page.getByRole('cell', { name: 'DZT001' }).waitFor();
      await openFromMenu(page, '网格与网格长');
      await page.getByRole('cell', { name: '第一网格', exact: true }).waitFor();
      await openFromMenu(page, '网格自治岗位');
      await page.getByRole('cell', { name: '环境卫生岗' }).first().waitFor();
      await screenshot(page, 'admin-posts');
      await openFromMenu(page, '“1+4+N”治理队伍');
      await page.getByText(/带头人（1）/).waitFor();
      await screenshot(page, 'admin-governance');
    } catch (error) {
      await screenshot(admin.page, 'failed-people-screens');
      throw error;
    } finally {
      await admin.context.close();
    }
    const council = await server.signIn('dazetou-council');
    try {
      await openFromMenu(council.page, '村民名册');
      await council.page.getByRole('link', { name: '于建国' }).waitFor();
      expect(await council.page.getByRole('button', { name: '登记村民' }).count()).toBe(0);
      expect(await council.page.getByText('批量导入村民').count()).toBe(0);
    } finally {
      await council.context.close();
    }
  });
});
