import { screenshot } from './support/browser';
import { chooseOption, confirmStep, settled, spaced } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * The district admin drafts a new version of a colour's contract template, adds a clause, links
 * evaluation items and publishes it after the confirmation; an item the rulebook lacks is refused.
 * A town extends a published district template the same way.
 */
describe('district contract template (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('wendeng-admin drafts, fills and publishes a green template version', async () => {
    const { context, page } = await server.signIn('wendeng-admin');
    try {
      await page.goto('/district/contract-templates');
      const create = page.locator('.ant-card').filter({ hasText: '新建模板版本（草稿）' });
      await create.waitFor();
      await chooseOption(page, '颜色', '绿色·服务契约', create);
      await create.getByLabel('标题').fill('志愿者服务契约（修订）');
      await create.getByLabel(/职责条款/).fill('服从志愿服务队统一安排，每月参加志愿服务不少于一次');
      await create.getByRole('button', { name: spaced('新建') }).click();
      await page.getByRole('heading', { name: '志愿者服务契约（修订）' }).waitFor();
      await page.getByText('第 2 版').waitFor();
      await page.getByText('草稿', { exact: true }).first().waitFor();

      await page.getByLabel('新条款').fill('如实登记服务时长，不以志愿服务谋取私利');
      await page.getByRole('button', { name: '添加条款' }).click();
      const clauses = page.locator('.ant-card').filter({ hasText: '职责条款' }).locator('.ant-list-item');
      await clauses.filter({ hasText: '2. 如实登记服务时长' }).waitFor();
      expect(await page.getByLabel('新条款').inputValue()).toBe('');

      // An item code the district's published frameworks do not have: saved in the draft, refused at publish.
      const codes = page.getByLabel('编码（逗号分隔）');
      await codes.fill('P01，P07，X99');
      await page.getByRole('button', { name: spaced('保存') }).click();
      await page.getByText('已保存考评项目').waitFor();
      await page.getByRole('button', { name: '发布…' }).click();
      await confirmStep(page, '发布后 2 条条款', '确认发布');
      await page
        .getByRole('alert')
        .filter({ hasText: '未能发布' })
        .getByText('考评项目 X99 不在本区已发布的评分框架中')
        .waitFor();

      await codes.fill('P01，P07，P18');
      await page.getByRole('button', { name: spaced('保存') }).click();
      await page.getByText('已保存考评项目').last().waitFor();
      await page.getByRole('alert').filter({ hasText: '未能发布' }).waitFor({ state: 'detached' });
      await settled(page);
      await screenshot(page, 'admin-contract-template');
      await page.getByRole('button', { name: '发布…' }).click();
      await confirmStep(page, '此操作不可撤销', '确认发布');
      await page.getByRole('button', { name: '发布…' }).waitFor({ state: 'detached' });
      await page.getByText('已发布', { exact: true }).first().waitFor();
      await page.getByText('P01、P07、P18').waitFor();
      expect(await page.getByLabel('新条款').count()).toBe(0);

      await page.getByRole('link', { name: '← 契约模板' }).click();
      const row = page.locator('.ant-table-row').filter({ hasText: '志愿者服务契约（修订）' });
      await row.getByText('第 2 版').waitFor();
      await row.getByText('已发布').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-contract-template');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('songcun-admin extends the district’s red template with a clause and a town item, and publishes it', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      await page.goto('/town/contract-templates');
      const create = page.locator('.ant-card').filter({ hasText: '新建扩展模板版本（草稿）' });
      await create.waitFor();
      await chooseOption(page, '颜色', '红色·先锋契约', create);
      await create.getByLabel('标题').fill('宋村镇党员先锋契约（扩展）');
      await create.getByRole('button', { name: spaced('新建') }).click();
      await page.getByRole('heading', { name: '宋村镇党员先锋契约（扩展）' }).waitFor();
      await page.getByText('镇级扩展（只含新增条款）').waitFor();

      await page.getByLabel('新条款').fill('带头参与海草房保护修缮');
      await page.getByRole('button', { name: '添加条款' }).click();
      await page.getByText('1. 带头参与海草房保护修缮').waitFor();
      // T01 is an item of 宋村镇's published manual.
      await page.getByLabel('编码（逗号分隔）').fill('T01');
      await page.getByRole('button', { name: spaced('保存') }).click();
      await page.getByText('已保存考评项目').waitFor();
      await page.getByRole('button', { name: '发布…' }).click();
      await confirmStep(page, '发布后 1 条条款', '确认发布');
      await page.getByText('已发布', { exact: true }).first().waitFor();
      await page.getByRole('link', { name: '← 契约模板' }).click();
      await page.waitForURL(/\/town\/contract-templates$/);
      const row = page.locator('.ant-table-row').filter({ hasText: '宋村镇党员先锋契约（扩展）' });
      await row.getByText('镇级扩展').waitFor();
      await row.getByText('已发布').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-town-contract-extension');
      throw error;
    } finally {
      await context.close();
    }
  });
});
