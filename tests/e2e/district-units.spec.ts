import { clickUntilShown, screenshot } from './support/browser';
import { spaced } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/** The district creates and renames towns, a town its villages; a taken code is refused on its field. */
describe('towns and villages (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('wendeng-admin creates a town (a taken code refused on its field) and renames it', async () => {
    const { context, page } = await server.signIn('wendeng-admin');
    try {
      await page.goto('/district/towns');
      const create = page.locator('.ant-card').filter({ hasText: '新建镇（街道）' });
      await create.waitFor();
      const taken = await page.locator('.ant-table-row').first().locator('td').first().innerText();
      await create.getByLabel('编码').fill(taken.trim());
      await create.getByLabel('名称').fill('测试新镇');
      await create.getByRole('button', { name: spaced('新建') }).click();
      const codeField = create.locator('.ant-form-item').filter({ has: page.getByLabel('编码') });
      await codeField.locator('.ant-form-item-explain-error').waitFor();
      expect(await create.getByLabel('名称').inputValue()).toBe('测试新镇');

      await create.getByLabel('编码').fill('371003999');
      await create.getByRole('button', { name: spaced('新建') }).click();
      const row = page.locator('.ant-table-row').filter({ hasText: '371003999' });
      await row.getByText('测试新镇').waitFor();
      expect(await create.getByLabel('名称').inputValue()).toBe('');

      const dialog = page.getByRole('dialog', { name: '更名：测试新镇' });
      await clickUntilShown(() => row.getByRole('button', { name: spaced('更名') }).click(), dialog);
      await dialog.getByLabel('新名称').fill('测试新街道');
      await dialog.getByRole('button', { name: spaced('保存') }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('测试新街道').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-district-towns');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('songcun-admin creates a village, finds it and renames it', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      await page.goto('/town/villages');
      const create = page.locator('.ant-card').filter({ hasText: '新建村' });
      await create.getByLabel('编码').fill('371003106999');
      await create.getByLabel('名称').fill('测试新村');
      await create.getByRole('button', { name: spaced('新建') }).click();
      await page.locator('.ant-table-row').filter({ hasText: '测试新村' }).waitFor();

      await page.getByLabel('查找村').fill('测试新');
      await page.getByLabel('查找村').press('Enter');
      const rows = page.locator('.ant-table-row');
      // The search is the API's: the other villages leave the list.
      await rows.nth(1).waitFor({ state: 'detached' });
      await rows.filter({ hasText: '371003106999' }).waitFor();
      const dialog = page.getByRole('dialog', { name: '更名：测试新村' });
      await clickUntilShown(
        () =>
          rows
            .first()
            .getByRole('button', { name: spaced('更名') })
            .click(),
        dialog,
      );
      await dialog.getByLabel('新名称').fill('测试新社区');
      await dialog.getByRole('button', { name: spaced('保存') }).click();
      await dialog.waitFor({ state: 'hidden' });
      await rows.first().getByText('测试新社区').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-town-villages');
      throw error;
    } finally {
      await context.close();
    }
  });
});
