import { onePixelPng } from '@village/scoring';
import { todayInChina } from '@village/platform-common';
import { unitIds } from '../rulebook/rulebook-support';
import { DECLARE_ACT, OPEN_SCORING_YEAR } from '../support/documents/scoring';
import { screenshot } from './support/browser';
import {
  approveSelectedByKeyboard,
  closeEvidencePreview,
  openEvidencePreview,
  openResidentScore,
  openReviewQueue,
  selectDeclarationByKeyboard,
} from './support/scoring-steps';
import { useWebTestServer } from './support/web-server';

/**
 * Issue 11's review journey on the admin side: a resident's declaration with a photo waits in the
 * queue; a council member looks at the photo and approves it with the keyboard alone; the resident's
 * score explained then shows the entry.
 */
describe('the review queue (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('a council member previews the photo, approves by keyboard, and the score explains the entry', async () => {
    // The demo's people only: the village admin opens this year's scoring first (the list is adopted).
    const dazetou = (await unitIds(server.api))['大泽头村'];
    const admin = await server.api.login('dazetou-admin');
    const opened = await server.api.gql(
      OPEN_SCORING_YEAR,
      { v: dazetou, y: Number(todayInChina().slice(0, 4)) },
      admin,
    );
    expect(opened.errors).toBeUndefined();
    const resident = await server.api.login('dazetou-resident');
    const png = onePixelPng('scoring-review-e2e');
    const declared = await server.api.gql(
      DECLARE_ACT,
      {
        input: {
          itemCode: 'P03',
          actedOn: todayInChina(),
          note: '浏览器测试：清扫村道',
          evidence: [
            { fileName: '清扫村道.png', contentType: 'image/png', contentBase64: png.toString('base64') },
          ],
          idempotencyKey: `e2e-review-${Date.now()}`,
        },
      },
      resident,
    );
    expect(declared.errors).toBeUndefined();
    const residentId = declared.data?.declareAct.residentId as string;

    const { context, page } = await server.signIn('dazetou-council');
    try {
      await openReviewQueue(page);
      await selectDeclarationByKeyboard(page, '李秀英');
      await page.getByText('浏览器测试：清扫村道').waitFor();
      await screenshot(page, 'admin-review-queue');
      expect(await openEvidencePreview(page)).toBeGreaterThan(0);
      await closeEvidencePreview(page);
      await approveSelectedByKeyboard(page);
      await page.getByText('没有待审核的申报，全部处理完了').waitFor(); // it was the only one

      await openResidentScore(page, residentId);
      const row = page.getByRole('row').filter({ hasText: 'P03' }).first();
      await row.waitFor();
      expect(await row.innerText()).toContain('信用议事会');
      await screenshot(page, 'admin-score-explained');
    } catch (error) {
      await screenshot(page, 'failed-scoring-review');
      throw error;
    } finally {
      await context.close();
    }
  });
});
