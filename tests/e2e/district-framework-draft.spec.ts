import { screenshot } from './support/browser';
import { confirmStep, fillItemDialog, openFramework, settled, spaced } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * The district admin drafts the next version of the year's framework: a new item with every field,
 * an edit, a withdrawal and a changed score rule; the API's publish checks are shown when it refuses,
 * and once fixed the draft is published after the confirmation.
 */
describe('district framework draft (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('wendeng-admin drafts a new framework version, is shown why it cannot be published, fixes it and publishes', async () => {
    const { context, page } = await server.signIn('wendeng-admin');
    try {
      await openFramework(page, /文登区\d{4}年村级/);
      const published = new URL(page.url()).pathname;
      await page.getByRole('button', { name: '以此为底稿新建版本' }).click();
      await page.waitForURL((url) => url.pathname !== published);
      await page.getByText('第 2 版').waitFor();
      await page.getByText('草稿', { exact: true }).first().waitFor();

      // A new item with every field. Positive yet a veto, and on the role-duty track for villagers too:
      // the draft takes it; publishing will not.
      await page.getByRole('button', { name: '新增评价事项' }).click();
      await fillItemDialog(page, {
        code: 'X01',
        name: '带头参加村级议事协商',
        description: '按次计分，须有会议签到表',
        category: '参与管理',
        direction: '加分项',
        track: '角色职责积分',
        subjects: ['村民', '党员', '村民代表'],
        pointsMin: '1',
        pointsMax: '6',
        perUnitPoints: '1.5',
        unitLabel: '次',
        capPerMonth: '3',
        capPerQuarter: '4.5',
        capPerYear: '12',
        validityMonths: '12',
        repeatMultiplier: '1.5',
        evidenceRequired: true,
        household: true,
        veto: true,
      });
      await page.getByRole('dialog', { name: '新增评价事项' }).waitFor({ state: 'hidden' });
      // 64 items over four pages: the new one is found by its code.
      await page.getByLabel('查找事项').fill('X01');
      const x01 = page.locator('.ant-table-row').filter({ hasText: 'X01' });
      await x01.getByText('带头参加村级议事协商').waitFor();
      await x01.getByText('加分 +1～6（每次 1.5）').waitFor();
      await x01.getByText('月 3 / 季 4.5 / 年 12').waitFor();
      for (const tag of ['需佐证', '按户', '一票否决']) await x01.getByText(tag, { exact: true }).waitFor();
      await x01.getByText('村民、党员、村民代表').waitFor();
      await x01.getByText('角色职责积分').waitFor();
      await x01.getByText('12 个月').waitFor();
      await settled(page);
      await screenshot(page, 'admin-framework-draft');

      // Withdraw an item of the copied version, after its confirmation.
      await page.getByLabel('查找事项').fill('P03');
      const p03 = page.locator('.ant-table-row').filter({ hasText: 'P03' });
      await p03.getByRole('button', { name: spaced('撤回') }).click();
      await confirmStep(page, '撤回事项「P03', '撤回');
      await p03.getByText('已撤回').waitFor();
      expect(await p03.getByRole('button', { name: spaced('修改') }).count()).toBe(0);

      // A score rule: the mass appraisal weight.
      await page.getByRole('tab', { name: '评分规则' }).click();
      const mass = page.getByLabel('民主评议：群众评议（0–50）');
      await mass.fill('');
      await mass.fill('35');
      await page.getByRole('button', { name: '保存评分规则' }).click();
      await page.getByText('评分规则已保存').waitFor();

      // The refused publish lists each of the API's checks.
      await page.getByRole('button', { name: '发布…' }).click();
      await confirmStep(page, '此操作不可撤销', '确认发布');
      const problems = page.getByRole('alert').filter({ hasText: '操作未成功' });
      await problems.getByText(/事项「X01 带头参加村级议事协商」是加分项，不能设为一票否决项/).waitFor();
      await problems.getByText(/计入角色职责积分，但村民没有角色职责积分/).waitFor();
      await settled(page);
      await screenshot(page, 'admin-framework-publish-refused');

      // Fixed by editing the item: role-duty subjects only, no veto.
      await page.getByRole('tab', { name: /评价事项/ }).click();
      await page.getByLabel('查找事项').fill('X01');
      await x01.getByRole('button', { name: spaced('修改') }).click();
      const edit = page.getByRole('dialog', { name: '修改事项 X01' });
      await edit.waitFor();
      expect(await edit.getByLabel('每单位分值', { exact: true }).inputValue()).toBe('1.5');
      await fillItemDialog(page, { subjects: ['党员', '村民代表'], veto: false, pointsMax: '7.5' });
      await edit.waitFor({ state: 'hidden' });
      await x01.getByText('加分 +1～7.5（每次 1.5）').waitFor();
      expect(await x01.getByText('一票否决', { exact: true }).count()).toBe(0);
      // The refusal was about the draft before the edit, so it is gone.
      expect(await page.getByRole('alert').filter({ hasText: '操作未成功' }).count()).toBe(0);

      await page.getByRole('button', { name: '发布…' }).click();
      await confirmStep(page, '此操作不可撤销', '确认发布');
      await page.getByRole('button', { name: '发布…' }).waitFor({ state: 'detached' });
      await page.getByText('已发布', { exact: true }).first().waitFor();
      expect(await page.getByRole('alert').filter({ hasText: '操作未成功' }).count()).toBe(0);
      await page.getByRole('tab', { name: '评分规则' }).click();
      await page.getByText('已发布的框架不能修改；如需改动请新建版本。').waitFor();
      expect(await page.getByLabel('民主评议：群众评议（0–50）').inputValue()).toBe('35');
    } catch (error) {
      await screenshot(page, 'failed-framework-draft');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('wendeng-admin copies the framework to the next year as a draft with its items, or starts an empty one', async () => {
    const { context, page } = await server.signIn('wendeng-admin');
    try {
      await openFramework(page, /文登区\d{4}年村级/);
      const year = Number((await page.getByRole('heading', { level: 3 }).innerText()).match(/\d{4}/)?.[0]);
      await page.getByRole('button', { name: `复制到 ${year + 1} 年度` }).click();
      await page.getByRole('heading', { name: new RegExp(`文登区${year + 1}年村级`) }).waitFor();
      await page.getByText(`${year + 1} 年`, { exact: true }).waitFor();
      await page.getByText('草稿', { exact: true }).first().waitFor();
      await page.locator('.ant-table-row').filter({ hasText: 'P01' }).waitFor();

      // Or a framework of its own for a year, starting empty.
      await page.goto('/district/frameworks');
      const create = page.locator('.ant-card').filter({ hasText: '新建年度评分框架（草稿）' });
      await create.getByLabel('年度').fill(String(year + 2));
      await create.getByLabel('标题').fill(`文登区${year + 2}年度村级信用积分评价框架`);
      await create.getByRole('button', { name: spaced('新建') }).click();
      await page.getByRole('heading', { name: `文登区${year + 2}年度村级信用积分评价框架` }).waitFor();
      await page.getByRole('tab', { name: '评价事项（0）' }).waitFor();
      await page.getByText('还没有事项').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-framework-copy');
      throw error;
    } finally {
      await context.close();
    }
  });
});
