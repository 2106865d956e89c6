import { screenshot } from './support/browser';
import {
  chooseOption,
  confirmStep,
  fillItemDialog,
  openFramework,
  settled,
  spaced,
  typeBand,
} from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * Issue 12 on the district's screen: the admin enters a catalogue row as the catalogue has it — a
 * donation scored by amount bands, rounded down to 0.1, sharing the demo's DONATE yearly cap with P08 —
 * sees it in words in the item list, is told at publishing that its cap differs from the group's, fixes
 * it and publishes.
 */
describe('district catalogue rules (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('wendeng-admin enters a banded donation with a shared cap, is told the group differs, fixes it and publishes', async () => {
    const { context, page } = await server.signIn('wendeng-admin');
    try {
      await openFramework(page, /文登区\d{4}年村级/);
      const published = new URL(page.url()).pathname;
      await page.getByRole('button', { name: '以此为底稿新建版本' }).click();
      await page.waitForURL((url) => url.pathname !== published);
      await page.getByText('草稿', { exact: true }).first().waitFor();

      await page.getByRole('button', { name: '新增评价事项' }).click();
      const dialog = page.getByRole('dialog', { name: '新增评价事项' });
      await typeBand(page, 1, { from: '1', to: '1000', perUnit: '0.01' });
      await typeBand(page, 2, { from: '1000', points: '10' });
      await chooseOption(page, '取整单位', '0.1 分', dialog);
      await chooseOption(page, '取整方式', '舍去（向下取整）', dialog);
      await dialog.getByLabel('共享上限的事项组', { exact: true }).fill('DONATE');
      await chooseOption(page, '超出上限时', '计至上限为止', dialog);
      await fillItemDialog(page, {
        code: 'X02',
        name: '捐资助学（按金额分档）',
        category: '社会公益',
        direction: '加分项',
        track: '居民信用积分',
        subjects: ['村民'],
        pointsMin: '0.1',
        pointsMax: '10',
        unitLabel: '元',
        capPerYear: '20',
        evidenceRequired: true,
      });
      await dialog.waitFor({ state: 'hidden' });
      await page.getByLabel('查找事项').fill('X02');
      const x02 = page.locator('.ant-table-row').filter({ hasText: 'X02' });
      await x02
        .getByText(/按元分档：1–1000元（不含1000）每元 0.01 分；1000元及以上记 10 分；按 0.1 分舍去取整/)
        .waitFor();
      await x02.getByText(/与同组（DONATE）事项合计最多每年 20 分，超出部分不计/).waitFor();
      await settled(page);
      await screenshot(page, 'admin-framework-band-item');

      // P08 and P21 share DONATE at 10 a year: publishing says the new row differs.
      await page.getByRole('button', { name: '发布…' }).click();
      await confirmStep(page, '此操作不可撤销', '确认发布');
      const problems = page.getByRole('alert').filter({ hasText: '操作未成功' });
      await problems
        .getByText(/事项组 DONATE 中「X02」与「P08」的上限、超限处理、加减方向或积分类型不一致/)
        .waitFor();

      await x02.getByRole('button', { name: spaced('修改') }).click();
      const edit = page.getByRole('dialog', { name: '修改事项 X02' });
      await edit.waitFor();
      expect(
        await edit.locator('[aria-label="第 2 档"]').getByLabel('固定分值', { exact: true }).inputValue(),
      ).toBe('10');
      await fillItemDialog(page, { capPerYear: '10' });
      await edit.waitFor({ state: 'hidden' });
      await x02.getByText(/合计最多每年 10 分/).waitFor();

      await page.getByRole('button', { name: '发布…' }).click();
      await confirmStep(page, '此操作不可撤销', '确认发布');
      await page.getByText('已发布', { exact: true }).first().waitFor();
      expect(await page.getByRole('alert').filter({ hasText: '操作未成功' }).count()).toBe(0);
    } catch (error) {
      await screenshot(page, 'failed-district-catalogue-rules');
      throw error;
    } finally {
      await context.close();
    }
  });
});
