import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { arrangeScoringVillage, orgUnits } from '../support/arrange';
import { screenshot } from './support/browser';
import { useWebTestServer } from './support/web-server';

/**
 * 工作成效 end to end: a village admin records costs saved with how they were estimated, sees the
 * year's total, then corrects the amount — the correction replaces the record, and the replaced one
 * stays visible as 已更正 with its reason.
 */
describe('outcome records: record, total, correct by a new record (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('records costs saved and corrects them, keeping the earlier record', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    t.setToday(`${DEMO_YEAR}-01-05`);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR);
    t.setToday(today);

    const { context, page } = await server.signIn(village.admin.username, 'desktop');
    try {
      await page.goto('/reporting/outcomes');
      await page.getByRole('button', { name: '登记工作成效' }).click();
      const dialog = page.getByRole('dialog', { name: '登记工作成效' });
      await dialog.getByLabel('类别').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '节约开支' })
        .click();
      await dialog.getByLabel('分类').fill('卫生保洁');
      await dialog.getByLabel('节约金额（元）').fill('36000');
      await dialog.getByLabel('估算方法').fill('原外包保洁每月 3000 元，改为党员志愿者轮值，按 12 个月计');
      await dialog.getByLabel('说明').fill('党员志愿者轮值保洁');
      await dialog.getByRole('button', { name: /登\s*记/ }).click();
      await dialog.waitFor({ state: 'hidden' });

      const table = page.getByRole('table', { name: '工作成效记录' });
      const row = table.getByRole('row').filter({ hasText: '卫生保洁' });
      await row.waitFor();
      expect(await row.textContent()).toContain('36,000 元');
      expect(await page.getByText('节约开支').first().isVisible()).toBe(true);

      await row.getByRole('button', { name: /更\s*正/ }).click();
      const correcting = page.getByRole('dialog', { name: '更正：节约开支' });
      await correcting.getByLabel('节约金额（元）').fill('30000');
      await correcting.getByLabel('更正原因').fill('按实际 10 个月计');
      await correcting.getByRole('button', { name: '保存更正' }).click();
      await correcting.waitFor({ state: 'hidden' });
      await table.getByRole('row').filter({ hasText: '30,000 元' }).waitFor();
      expect(await table.getByRole('row').filter({ hasText: '36,000 元' }).count()).toBe(0);

      await page.getByRole('switch', { name: '显示已更正和已撤回的记录' }).click();
      const replaced = table.getByRole('row').filter({ hasText: '36,000 元' });
      await replaced.waitFor();
      expect(await replaced.textContent()).toContain('已更正');
      await screenshot(page, 'admin-outcome-records');
    } catch (error) {
      await screenshot(page, 'failed-admin-outcome-records');
      throw error;
    } finally {
      await context.close();
    }
  });
});
