import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { orgUnits } from '../support/arrange';
import { ADD_VILLAGE_ITEM, CREATE_SCORING_LIST } from '../support/documents/rulebook';
import { expectOk } from '../support/test-app';
import { itemInput } from '../rulebook/rulebook-support';
import { screenshot } from './support/browser';
import {
  chooseOption,
  confirmStep,
  fillItemDialog,
  openDraftManual,
  settled,
  spaced,
} from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * The town admin's own work beyond adjusting district items: the town's items and calendar in a
 * manual draft, approving a village's item that exceeds the manual's limits, and the review of a
 * village's year-end appraisal (draw a sample, record findings).
 */
describe('town manual items, village approvals and appraisal samples (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('songcun-admin adds, edits and withdraws a town item and changes the calendar and procedure of a manual draft', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      await openDraftManual(page);
      await page.getByRole('tab', { name: /本镇事项/ }).click();
      await page.getByRole('button', { name: '新增本镇事项' }).click();
      await fillItemDialog(page, {
        code: 'T01',
        name: '参加镇级文明实践活动',
        description: '以镇新时代文明实践所签到为准',
        category: '文明实践',
        direction: '加分项',
        track: '居民信用积分',
        subjects: ['村民', '志愿者'],
        pointsMin: '0.5',
        pointsMax: '2',
        perUnitPoints: '0.5',
        unitLabel: '次',
        capPerMonth: '2',
        capPerQuarter: '5',
        capPerYear: '15',
        validityMonths: '12',
        repeatMultiplier: '1',
        evidenceRequired: true,
        household: false,
        veto: false,
      });
      // T01 is the demo manual's own item: the code is refused under its field, the rest stays typed.
      const dialog = page.getByRole('dialog', { name: '新增本镇事项' });
      const codeField = dialog
        .locator('.ant-form-item')
        .filter({ has: page.getByLabel('编码', { exact: true }) });
      await codeField.getByText('编码已被使用').waitFor();
      expect(await dialog.getByLabel('计量单位').inputValue()).toBe('次');
      await fillItemDialog(page, { code: 'T02' });
      await dialog.waitFor({ state: 'hidden' });
      const t02 = page.locator('.ant-table-row').filter({ hasText: 'T02' });
      await t02.getByText('加分 +0.5～2（每次 0.5）').waitFor();
      await t02.getByText('月 2 / 季 5 / 年 15').waitFor();
      await t02.getByText('村民、志愿者').waitFor();
      await page.getByRole('tab', { name: '本镇事项（2）' }).waitFor();

      await t02.getByRole('button', { name: spaced('修改') }).click();
      const edit = page.getByRole('dialog', { name: '修改本镇事项 T02' });
      await edit.waitFor();
      expect(await edit.getByLabel('事项名称', { exact: true }).inputValue()).toBe('参加镇级文明实践活动');
      await fillItemDialog(page, { name: '参加镇级文明实践志愿活动', pointsMax: '2.5' });
      await edit.waitFor({ state: 'hidden' });
      await t02.getByText('参加镇级文明实践志愿活动').waitFor();
      await t02.getByText('加分 +0.5～2.5（每次 0.5）').waitFor();
      await settled(page);
      await screenshot(page, 'admin-town-items');

      await t02.getByRole('button', { name: spaced('撤回') }).click();
      await confirmStep(page, '撤回本镇事项「T02', '撤回');
      await t02.getByText('已撤回').waitFor();
      await page.getByRole('tab', { name: '本镇事项（1）' }).waitFor();

      await page.getByRole('tab', { name: '工作日历与限额' }).click();
      const notice = page.getByLabel('公示天数');
      await notice.fill('');
      await notice.fill('5');
      const cap = page.getByLabel('村自定事项单项分值上限');
      await cap.fill('');
      await cap.fill('4.5');
      await page.getByRole('button', { name: '保存设置' }).click();
      await page.getByText('设置已保存').waitFor();
      await page.reload();
      await page.getByRole('tab', { name: '工作日历与限额' }).click();
      expect(await page.getByLabel('公示天数').inputValue()).toBe('5');
      expect(await page.getByLabel('村自定事项单项分值上限').inputValue()).toBe('4.50');

      // The cadres' procedure, previewed as typed and saved.
      await page.getByRole('tab', { name: '操作规程' }).click();
      const procedure = page.getByLabel(/村干部操作规程/);
      await procedure.fill('# 宋村镇操作规程（修订）\n\n1. 每月最后三天集中登记');
      await page.getByLabel('预览').getByRole('heading', { name: '宋村镇操作规程（修订）' }).waitFor();
      await page.getByRole('button', { name: '保存操作规程' }).click();
      await page.getByText('操作规程已保存').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-town-items');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('songcun-admin approves a village item that exceeds the manual’s limit, after the confirmation', async () => {
    // 大泽头村 drafts an amendment of this year's list with an item above the manual's per-item cap.
    const units = await orgUnits(server.api);
    const village = units['大泽头村'].id;
    const dazetou = await server.api.login('dazetou-admin');
    const list = expectOk(
      await server.api.gql(CREATE_SCORING_LIST, { villageId: village, year: DEMO_YEAR }, dazetou),
    ).createScoringList;
    const item = itemInput('V90', { name: '承办村级文艺汇演', pointsMin: 5, pointsMax: 9 });
    const added = expectOk(
      await server.api.gql(ADD_VILLAGE_ITEM, { input: { listId: list.id, item } }, dazetou),
    );
    expect(added.addVillageItem.villageItems.find((i) => i.code === 'V90')?.requiresApproval).toBe(true);

    const { context, page } = await server.signIn('songcun-admin');
    try {
      await page.goto('/town/village-items');
      await page.getByRole('heading', { name: '村自定事项审批' }).waitFor();
      await chooseOption(page, '村', '大泽头村');
      const row = page.locator('.ant-table-row').filter({ hasText: 'V90' });
      await row.getByText('承办村级文艺汇演').waitFor();
      await row.getByText('5～9').waitFor();
      await row.getByText(`第 ${list.version} 版（草稿）`).waitFor();
      await row.getByText('待镇审批').waitFor();
      await settled(page);
      await screenshot(page, 'admin-village-item-approval');
      await row.getByRole('button', { name: spaced('批准') }).click();
      await confirmStep(page, '批准「V90 承办村级文艺汇演」', '批准');
      await page.getByText('该村没有待审批的事项').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-village-item-approval');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('songcun-admin draws an appraisal sample of 大泽头村 and records a finding for two of them', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      await page.goto('/town/appraisal-samples');
      await page.getByRole('heading', { name: '民主评议抽查' }).waitFor();
      await chooseOption(page, '村', '大泽头村');
      await page.getByText('尚未抽取').waitFor();
      const size = page.getByLabel('抽查人数');
      await size.fill('3');
      await page.getByRole('button', { name: '抽取…' }).click();
      await confirmStep(page, '不能以其他人数重新抽取', '确认抽取');
      const rows = page.locator('.ant-table-row');
      await rows.nth(2).waitFor();
      expect(await rows.count()).toBe(3);
      expect(await rows.getByText('尚未审查').count()).toBe(3);

      // Questioning needs a note: the dialog says so under the field and keeps the choice.
      const first = rows.first();
      const name = (await first.locator('td').nth(1).innerText()).trim();
      await first.getByRole('button', { name: '记录结论' }).click();
      const dialog = page.getByRole('dialog', { name: `审查结论：${name}` });
      await dialog.getByText('结论记录后不能修改。').waitFor();
      await dialog.getByRole('radio', { name: '存在疑问' }).check();
      await dialog.getByRole('button', { name: '记录结论' }).click();
      await dialog.getByText('存在疑问时须写明情况').waitFor();
      await dialog.getByLabel('情况说明').fill('群众评议人数偏少，请补充说明');
      await dialog.getByRole('button', { name: '记录结论' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await first.getByText('存在疑问').waitFor();
      await first.getByText('群众评议人数偏少，请补充说明').waitFor();
      expect(await first.getByRole('button', { name: '记录结论' }).count()).toBe(0);

      const second = rows.nth(1);
      await second.getByRole('button', { name: '记录结论' }).click();
      await page.getByRole('dialog').getByRole('radio', { name: '审查无误' }).check();
      await page.getByRole('dialog').getByRole('button', { name: '记录结论' }).click();
      await second.getByText('审查无误').waitFor();
      await settled(page);
      await screenshot(page, 'admin-appraisal-sample');
    } catch (error) {
      await screenshot(page, 'failed-appraisal-sample');
      throw error;
    } finally {
      await context.close();
    }
  });
});
