import { onePixelPng } from '@village/scoring';
import { todayInChina } from '@village/platform-common';
import { unitIds } from '../rulebook/rulebook-support';
import { DECLARE_ACT, OPEN_SCORING_YEAR, REVIEW_DECISION } from '../support/documents/scoring';
import { openMyScore } from './support/villager-steps';
import { screenshot } from './support/browser';
import {
  approveSelectedByKeyboard,
  openResidentScore,
  openReviewQueue,
  selectDeclarationByKeyboard,
} from './support/scoring-steps';
import { useWebTestServer } from './support/web-server';

/**
 * Issue 12's rules on screen: a villager's donation of 52 yuan under the demo's band table (P08) waits
 * in the queue with its rule in words; the council approves it by keyboard, and the score explained
 * says how the points came about — 0.52 rounded down to 0.1 gives 0.5. Then her volunteer hours, in
 * two parts, cross the demo's 10-hour milestone (P22), and her phone shows the bonus and why.
 */
describe('catalogue rules on screen (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('a banded donation shows its rule in the queue and its rounding in the score explained', async () => {
    const dazetou = (await unitIds(server.api))['大泽头村'];
    const admin = await server.api.login('dazetou-admin');
    const year = Number(todayInChina().slice(0, 4));
    expect((await server.api.gql(OPEN_SCORING_YEAR, { v: dazetou, y: year }, admin)).errors).toBeUndefined();
    const resident = await server.api.login('dazetou-resident');
    const png = onePixelPng('catalogue-rules-e2e');
    const declared = await server.api.gql(
      DECLARE_ACT,
      {
        input: {
          itemCode: 'P08',
          actedOn: todayInChina(),
          quantity: 52,
          note: '浏览器测试：为修村路捐款 52 元',
          evidence: [
            { fileName: '收据.png', contentType: 'image/png', contentBase64: png.toString('base64') },
          ],
          idempotencyKey: `e2e-catalogue-${Date.now()}`,
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
      await page.getByText('浏览器测试：为修村路捐款 52 元').waitFor();
      await page.keyboard.press('a');
      await page.getByText(/规则：按元分档：1–500元（不含500）每元 0.01 分/).waitFor();
      await screenshot(page, 'admin-review-band-rule');
      await page.keyboard.press('Escape').catch(() => undefined);
      await approveSelectedByKeyboard(page);

      await openResidentScore(page, residentId);
      const row = page.getByRole('row').filter({ hasText: 'P08' }).first();
      await row.waitFor();
      expect(await row.innerText()).toContain('52元 × 每元 0.01 分 = 0.52 分，按 0.1 分舍去取整为 0.5 分');
      await screenshot(page, 'admin-score-rule-note');
    } catch (error) {
      await screenshot(page, 'failed-catalogue-rules');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('volunteer hours declared in two parts cross the 10-hour milestone, and the phone says why', async () => {
    const dazetou = (await unitIds(server.api))['大泽头村'];
    const year = Number(todayInChina().slice(0, 4));
    await server.api.gql(OPEN_SCORING_YEAR, { v: dazetou, y: year }, await server.api.login('dazetou-admin'));
    const resident = await server.api.login('dazetou-resident');
    const council = await server.api.login('dazetou-council');
    const png = onePixelPng('milestone-e2e').toString('base64');
    for (const hours of [6, 5]) {
      const declared = await server.api.gql(
        DECLARE_ACT,
        {
          input: {
            itemCode: 'P01',
            actedOn: todayInChina(),
            quantity: hours,
            note: `浏览器测试：志愿服务 ${hours} 小时`,
            evidence: [{ fileName: '签到表.png', contentType: 'image/png', contentBase64: png }],
            idempotencyKey: `e2e-hours-${hours}-${Date.now()}`,
          },
        },
        resident,
      );
      expect(declared.errors).toBeUndefined();
      const id = declared.data?.declareAct.id as string;
      const approved = await server.api.gql(
        REVIEW_DECISION,
        { input: { declarationId: id, decision: 'APPROVE' } },
        council,
      );
      expect(approved.errors).toBeUndefined();
    }

    const { context, page } = await server.signIn('dazetou-resident', 'phone');
    try {
      await openMyScore(page);
      const bonus = page.locator('.adm-card').filter({ hasText: '志愿服务累计时长' }).first();
      await bonus.waitFor();
      await bonus.getByText('+2 分（加分）').waitFor();
      await bonus.getByText(/P01 \d{4} 年累计 11 小时，达到 10 小时门槛，记 2 分/).waitFor();
      await bonus.scrollIntoViewIfNeeded();
      await screenshot(page, 'villager-milestone');
    } catch (error) {
      await screenshot(page, 'failed-villager-milestone');
      throw error;
    } finally {
      await context.close();
    }
  });
});
