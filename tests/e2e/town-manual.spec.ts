import { screenshot } from './support/browser';
import {
  openDraftManual,
  openItemAdjustment,
  publishOpenManual,
  typeAdjustment,
} from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * The town admin's manual: a district item adjusted out of the framework's bound is refused on its
 * field, within the bound it is saved, and the manual is published after the confirmation.
 */
describe('town operating manual (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('songcun-admin adjusts a district item within its bound and publishes a new manual version', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      await openDraftManual(page);
      // P02 调解邻里矛盾纠纷 is 2–5 points in the framework, which lets towns move ±20%: max 4–6.
      await openItemAdjustment(page, 'P02');
      const dialog = page.getByRole('dialog', { name: '停用或调整区框架事项' });
      await dialog.getByText('框架值 5，允许 4–6（±20%）；留空沿用框架值').waitFor();
      await typeAdjustment(page, '分值上限', '7');
      const refusal = dialog.getByText('调整值 7 超出允许范围 4–6（框架值 5，上下浮动不超过 20%）');
      await refusal.waitFor();
      // The message sits under the 分值上限 field itself, and saving does not go through.
      const field = dialog
        .locator('.ant-form-item')
        .filter({ has: page.getByLabel('分值上限', { exact: true }) });
      await field.getByText(/超出允许范围/).waitFor();
      await dialog.getByRole('button', { name: /保存调整/ }).click();
      await refusal.waitFor();
      expect(await dialog.isVisible()).toBe(true);

      await typeAdjustment(page, '分值上限', '5.5');
      await refusal.waitFor({ state: 'detached' });
      await dialog.getByLabel('理由').fill('本镇矛盾调解任务较重');
      await dialog.getByRole('button', { name: /保存调整/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.locator('.ant-table-row').filter({ hasText: 'P02' });
      await row.getByText('已调整：2～5.5').waitFor();
      await row.getByText('本镇矛盾调解任务较重').waitFor();

      await page.getByRole('tab', { name: '操作规程' }).click();
      await page.getByLabel('预览').getByRole('heading', { name: '宋村镇积分评价操作规程' }).waitFor();
      await page.getByRole('tab', { name: '区框架事项' }).click();
      await screenshot(page, 'admin-town-manual');

      await publishOpenManual(page);
      await page.getByText('已发布', { exact: true }).first().waitFor();
      await page.goto('/town/manuals');
      await page.locator('.ant-table-row').first().getByText('已发布').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-town-manual');
      throw error;
    } finally {
      await context.close();
    }
  });
});
