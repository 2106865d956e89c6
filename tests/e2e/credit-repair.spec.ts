import { onePixelPng } from '@village/scoring';
import { todayInChina } from '@village/platform-common';
import { unitIds } from '../rulebook/rulebook-support';
import { OPEN_SCORING_YEAR, REGISTER_ACT, REVIEW_DECISION } from '../support/documents/scoring';
import { screenshot } from './support/browser';
import { openResidentScore } from './support/scoring-steps';
import { useWebTestServer } from './support/web-server';

/**
 * Issue 12's direct judgement and credit repair on the council's screen: 王秀兰 has the demo's N39
 * (拒不履行法院生效判决, at most one star for two years); once she has complied, the council repairs it
 * from her score explained, with the reason, and the judgement becomes the item's 5-point deduction.
 */
describe('credit repair (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('dazetou-council repairs a standing judgement into its fixed deduction', async () => {
    const dazetou = (await unitIds(server.api))['大泽头村'];
    const admin = await server.api.login('dazetou-admin');
    const council = await server.api.login('dazetou-council');
    const year = Number(todayInChina().slice(0, 4));
    expect((await server.api.gql(OPEN_SCORING_YEAR, { v: dazetou, y: year }, admin)).errors).toBeUndefined();
    const [{ id: residentId }] = await server.api.db.adminQuery<{ id: string }>(
      `SELECT id FROM resident WHERE name = '王秀兰'`,
    );
    const png = onePixelPng('credit-repair-e2e').toString('base64');
    const registered = await server.api.gql(
      REGISTER_ACT,
      {
        input: {
          residentId,
          itemCode: 'N39',
          actedOn: todayInChina(),
          note: '法院通报：拒不履行生效判决',
          evidence: [{ fileName: '通报.png', contentType: 'image/png', contentBase64: png }],
          idempotencyKey: `e2e-repair-${Date.now()}`,
        },
      },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    const approved = await server.api.gql(
      REVIEW_DECISION,
      { input: { declarationId: registered.data?.registerAct.id as string, decision: 'APPROVE', points: 0 } },
      council,
    );
    expect(approved.errors).toBeUndefined();

    const { context, page } = await server.signIn('dazetou-council');
    try {
      await openResidentScore(page, residentId);
      const judged = page.getByRole('row').filter({ hasText: 'N39' }).first();
      await judged.getByText('直接认定', { exact: true }).waitFor();
      await judged.getByRole('button', { name: '信用修复' }).click();
      const dialog = page.getByRole('dialog', { name: /信用修复：N39/ });
      await dialog.getByLabel('修复理由（整改情况）').fill('已全部履行判决，法院出具履行证明');
      await screenshot(page, 'admin-credit-repair');
      await dialog.getByRole('button', { name: '确认修复' }).click();
      await page.getByText('已修复，改记 -5 分').waitFor();
      const deduction = page.getByRole('row').filter({ hasText: '原直接认定' }).first();
      await deduction.waitFor();
      expect(await deduction.innerText()).toContain('改为扣 5 分');
      expect(await page.getByRole('button', { name: '信用修复' }).count()).toBe(0);
    } catch (error) {
      await screenshot(page, 'failed-credit-repair');
      throw error;
    } finally {
      await context.close();
    }
  });
});
