import { todayInChina } from '@village/platform-common';
import { screenshot } from './support/browser';
import { openDraftManual, openItemAdjustment, typeAdjustment } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * The what-if preview from a town's draft manual, over the demo's complete previous year of 大泽头村:
 * 宋立新 was scored 30 twice for 见义勇为 (P10, 10–30 points) and stands at 1061.2, five stars. A draft
 * that caps P10 at 24 (the framework's −20 %) would give him 1049.2, four stars — in the preview only.
 */
describe('what-if preview of a draft manual (browser)', () => {
  const server = useWebTestServer({ demoPeople: true, demoActivity: true });

  it('songcun-admin caps an item in a draft and sees who it would move, village by village', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      const manualId = await openDraftManual(page);
      await openItemAdjustment(page, 'P10');
      const dialog = page.getByRole('dialog', { name: '停用或调整区框架事项' });
      await typeAdjustment(page, '分值上限', '24');
      await dialog.getByLabel('理由').fill('见义勇为奖励统一到 24 分以内');
      await dialog.getByRole('button', { name: /保存调整/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.ant-table-row').filter({ hasText: 'P10' }).getByText('已调整：10～24').waitFor();

      await page.getByRole('button', { name: '预览影响' }).click();
      await page.waitForURL(`**/town/manuals/${manualId}/preview**`);
      await page.getByRole('heading', { name: /^预览影响：/ }).waitFor();
      const changed = page.locator('.ant-table-row').filter({ hasText: 'P10' });
      await changed.getByText('10–30 分').waitFor();
      await changed.getByText('10–24 分').waitFor();

      // The previous year is complete in the demo, whatever today's date.
      const lastYear = Number(todayInChina().slice(0, 4)) - 1;
      await page.getByLabel('台账年度').click();
      // The option in the open list (the select shows the chosen year under the same title).
      await page
        .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${lastYear} 年"]`)
        .click();
      const dazetou = page.locator('.ant-table-row').filter({ hasText: '大泽头村' });
      await dazetou.getByText('1 人').first().waitFor();
      await dazetou
        .getByLabel('现行 五星 1、四星 1、三星 1、二星 31、一星 4，按草稿 四星 2、三星 1、二星 31、一星 4')
        .waitFor();

      await dazetou.getByRole('button', { name: '查看 大泽头村 人员' }).click();
      const villages = page.locator('.ant-card').filter({ hasText: '各村对照' });
      const people = page.locator('.ant-card').filter({ hasText: '人员对照：大泽头村' });
      const song = people.locator('.ant-table-row').filter({ hasText: '宋立新' });
      await song.getByText('星级变化').waitFor();
      await song.getByLabel('现行 五星，按草稿 四星').waitFor();
      await song.getByLabel('现行 1061.2，按草稿 1049.2').waitFor();
      await song.getByText('P10 ×2：+60 → +48').waitFor();
      // Only the changed are listed: 于海涛 loses 12 points but keeps his four stars; 李秀英 is untouched.
      await people.locator('.ant-table-row').filter({ hasText: '于海涛' }).waitFor();
      expect(await people.locator('.ant-table-row').filter({ hasText: '李秀英' }).count()).toBe(0);
      // The picture: the villages side by side and the people under them, the save toast gone.
      await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
      await villages.evaluate((card) => card.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'admin-what-if-preview');

      // Everyone: the changed first, then the others (丛丽华, untouched, is on the first page).
      await people.getByRole('switch', { name: '只看有变化的人' }).click();
      await people.locator('.ant-table-row').filter({ hasText: '丛丽华' }).waitFor();
      expect(await people.locator('.ant-table-row').first().textContent()).toContain('宋立新');
    } catch (error) {
      await screenshot(page, 'failed-what-if-preview');
      throw error;
    } finally {
      await context.close();
    }
  });
});
