import { todayInChina } from '@village/platform-common';
import { screenshot } from './support/browser';
import { fillItemDialog, settled, spaced, typeBand } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * A village's own item takes the same rules as the district's (issue 12): the village admin starts a
 * new draft list, adds an item scored by amount bands, and finds the bands again when editing it.
 */
describe('village own item with catalogue rules (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('dazetou-admin adds a banded item to a draft list and sees its bands when editing it', async () => {
    const { context, page } = await server.signIn('dazetou-admin');
    try {
      await page.goto('/rules/scoring-list');
      await page.getByRole('heading', { name: '村积分评价清单' }).waitFor();
      await page
        .getByRole('button', { name: new RegExp(`依据镇操作手册新建 ${todayInChina().slice(0, 4)} 年清单`) })
        .click();
      await page.getByText('已依据镇操作手册新建清单草稿').waitFor();
      await page.getByRole('button', { name: spaced('新增事项') }).click();
      const dialog = page.getByRole('dialog', { name: '新增村自定事项' });
      await dialog.waitFor();
      await typeBand(page, 1, { from: '1', to: '200', points: '1' });
      await typeBand(page, 2, { from: '200', points: '2' });
      await fillItemDialog(page, {
        code: 'V77',
        name: '捐助村内困难户（按金额分档）',
        category: '社会公益',
        direction: '加分项',
        track: '居民信用积分',
        subjects: ['村民'],
        pointsMin: '1',
        pointsMax: '2',
        unitLabel: '元',
      });
      await dialog.waitFor({ state: 'hidden' });
      const row = page.locator('.ant-table-row').filter({ hasText: 'V77' });
      await row.getByText('捐助村内困难户（按金额分档）').waitFor();
      await row.getByText(/按元分档：1–200元（不含200）记 1 分；200元及以上记 2 分/).waitFor();
      await settled(page);
      await screenshot(page, 'admin-village-item-rules');

      await row.getByRole('button', { name: spaced('修改') }).click();
      const edit = page.getByRole('dialog', { name: '修改村自定事项 V77' });
      await edit.waitFor();
      expect(
        await edit.locator('[aria-label="第 2 档"]').getByLabel('固定分值', { exact: true }).inputValue(),
      ).toBe('2');
    } catch (error) {
      await screenshot(page, 'failed-village-item-rules');
      throw error;
    } finally {
      await context.close();
    }
  });
});
