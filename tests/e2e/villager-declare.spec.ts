import { todayInChina } from '@village/platform-common';
import { screenshot } from './support/browser';
import {
  approveSelectedByKeyboard,
  closeEvidencePreview,
  openEvidencePreview,
  openReviewQueue,
  selectDeclarationByKeyboard,
} from './support/scoring-steps';
import {
  declarationCard,
  fillDeclaration,
  openMyDeclarations,
  openMyScore,
  overflowsSideways,
  setElderMode,
  submitDeclaration,
  testPhotoPng,
} from './support/villager-steps';
import { useWebTestServer } from './support/web-server';

const MY_DECLARATIONS = `
  query VillagerE2eMyDeclarations {
    myDeclarations(limit: 100) {
      items { id note status evidence { id contentType } }
    }
  }
`;

/**
 * 李秀英 (dazetou-resident) on her phone declares with a photo and sees it pending; a council member
 * approves it in the admin app's review queue after looking at the photo; she sees the points explained.
 */
describe('villager phone app: declare and my score (browser)', () => {
  const server = useWebTestServer({ demoActivity: true });

  it('declares an act with a photo, sees it pending, and after approval sees the points explained', async () => {
    const { context, page } = await server.signIn('dazetou-resident', 'phone');
    const note = `文化广场志愿清扫 e2e-${Date.now()}`;
    try {
      await fillDeclaration(page, { item: '参加志愿服务', quantity: 2, note, photo: testPhotoPng(96) });
      await page.getByText('预计 +1 分').waitFor();
      await screenshot(page, 'villager-declare');
      await submitDeclaration(page);

      await openMyDeclarations(page);
      const card = declarationCard(page, note);
      await card.getByText('待审核').waitFor();
      await card.getByRole('img', { name: /佐证照片/ }).waitFor();

      // The photo went up compressed on the phone: a JPEG, not the PNG that was chosen.
      const resident = await server.api.login('dazetou-resident');
      const mine = await server.api.gql<{
        myDeclarations: { items: { id: string; note: string; evidence: { contentType: string }[] }[] };
      }>(MY_DECLARATIONS, {}, resident);
      const declared = mine.data?.myDeclarations.items.find((d) => d.note === note);
      expect(declared?.evidence.map((e) => e.contentType)).toEqual(['image/jpeg']);

      // The council approves it in the review queue after looking at the photo, keyboard only.
      const review = await server.signIn('dazetou-council');
      try {
        await openReviewQueue(review.page);
        await selectDeclarationByKeyboard(review.page, `参加志愿服务（按小时计） · ${todayInChina()}`);
        await review.page.getByText(note).waitFor(); // the detail of the one selected
        expect(await openEvidencePreview(review.page)).toBeGreaterThan(0);
        await closeEvidencePreview(review.page);
        await approveSelectedByKeyboard(review.page);
      } catch (error) {
        await screenshot(review.page, 'failed-villager-declare-review');
        throw error;
      } finally {
        await review.context.close();
      }

      await openMyDeclarations(page);
      await declarationCard(page, note).getByText('已通过').waitFor();
      await openMyScore(page);
      const entry = page
        .locator('.adm-card')
        .filter({ hasText: '参加志愿服务' })
        .filter({ hasText: todayInChina().slice(0, 4) })
        .first();
      await entry.waitFor();
      const latest = page.locator('.adm-card', { hasText: '参加志愿服务' }).first();
      await latest.getByText('+1 分（加分）').waitFor();
      await latest.getByText(/photo\.jpg/).waitFor();
      expect(await latest.textContent()).toContain('审核人');
      await screenshot(page, 'villager-my-score');
    } catch (error) {
      await screenshot(page, 'failed-villager-declare');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('keeps 长辈版 on after a reload, with larger text', async () => {
    const { context, page } = await server.signIn('dazetou-resident', 'phone');
    try {
      await openMyScore(page);
      const size = () =>
        page.evaluate<number>("parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)");
      const before = await size();
      await setElderMode(page, true);
      await page.reload();
      await page.getByRole('switch', { name: /长辈版/ }).waitFor();
      expect(await page.getByRole('switch', { name: /长辈版/ }).getAttribute('aria-checked')).toBe('true');
      await openMyScore(page);
      expect(await size()).toBeGreaterThan(before);
      expect(await page.evaluate<boolean>("document.documentElement.classList.contains('elder-mode')")).toBe(
        true,
      );
      await screenshot(page, 'villager-elder-mode');
    } finally {
      await context.close();
    }
  });

  it('has no sideways scrolling on my score at 200% text size', async () => {
    const { context, page } = await server.signIn('dazetou-resident', 'phone');
    try {
      await openMyScore(page);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      await page.locator('.adm-card').first().waitFor();
      expect(await overflowsSideways(page)).toBe(false);
      await screenshot(page, 'villager-my-score-200');
    } finally {
      await context.close();
    }
  });
});
