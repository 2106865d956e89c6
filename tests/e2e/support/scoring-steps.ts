import type { Page } from 'playwright-core';

/**
 * Browser steps of the admin app's scoring screens, for journeys that cross apps (a resident
 * declares on the phone → the council approves here → the resident sees the points).
 */

/** The council's review queue, pending declarations shown. */
export async function openReviewQueue(page: Page): Promise<void> {
  await page.goto('/scoring/review');
  await page.getByRole('heading', { name: '审核队列' }).waitFor();
  await page.getByRole('listbox', { name: '申报列表' }).waitFor();
}

/** Moves the selection with the keyboard (j) to the first declaration whose row shows `text`. */
export async function selectDeclarationByKeyboard(page: Page, text: string): Promise<void> {
  const options = page.getByRole('option');
  const texts = await options.allInnerTexts();
  const target = texts.findIndex((t) => t.includes(text));
  if (target < 0) throw new Error(`审核队列中没有「${text}」：${texts.join(' | ')}`);
  await options.nth(0).click();
  for (let i = 0; i < target; i++) await page.keyboard.press('j');
  await page.locator('[role="option"][aria-selected="true"]').filter({ hasText: text }).waitFor();
}

/** Opens the selected declaration's first photo; resolves with the shown image's natural width. */
export async function openEvidencePreview(page: Page): Promise<number> {
  await page
    .getByRole('button', { name: /^查看佐证/ })
    .first()
    .click();
  const image = page.getByTestId('evidence-preview-image');
  await image.waitFor();
  // A function, not a string: the app's CSP forbids eval, which waitForFunction uses for strings. It
  // runs in the page, where globalThis is the window (this file is compiled without the DOM's types).
  await page.waitForFunction(
    () => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
      const img = doc.querySelector('[data-testid="evidence-preview-image"]') as {
        complete: boolean;
        naturalWidth: number;
      } | null;
      return Boolean(img && img.complete && img.naturalWidth > 0);
    },
    undefined,
    { timeout: 10_000 },
  );
  return image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
}

export async function closeEvidencePreview(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByTestId('evidence-preview-image').waitFor({ state: 'detached' });
}

/** Approves the selected declaration with the keyboard only: A, then Enter (the points asked stand). */
export async function approveSelectedByKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('a');
  await page.getByRole('button', { name: /确认通过/ }).waitFor();
  // The cursor goes to the points field, or to the confirm button for a per-unit item. Wait for that
  // one: the list item just chosen is a button too, and Enter on it would only choose it again.
  await page.waitForFunction(() => {
    const active = (
      globalThis as unknown as {
        document: { activeElement: { tagName: string; textContent: string | null } | null };
      }
    ).document.activeElement;
    return (
      active?.tagName === 'INPUT' ||
      (active?.tagName === 'BUTTON' && /确\s*认\s*通\s*过/.test(active.textContent ?? ''))
    );
  });
  await page.keyboard.press('Enter');
  await page.getByText(/的申报已通过/).waitFor();
}

/** Opens the queue and approves the first pending declaration, by keyboard. */
export async function approveFirstPending(page: Page): Promise<void> {
  await openReviewQueue(page);
  await page.getByRole('option').first().click();
  await approveSelectedByKeyboard(page);
}

/** A resident's score explained, by resident id (the screen keeps it in the address). */
export async function openResidentScore(page: Page, residentId: string): Promise<void> {
  await page.goto(`/scoring/residents?resident=${encodeURIComponent(residentId)}`);
  await page.getByRole('heading', { name: '村民积分明细' }).waitFor();
  await page.getByRole('tab', { name: '计分说明' }).waitFor();
}

/** Tally and notice, on the period the screen chooses (the first ended and not final). */
export async function openTally(page: Page): Promise<void> {
  await page.goto('/scoring/tally');
  await page.getByRole('heading', { name: '核算与公示' }).waitFor();
  await page.getByText('期间', { exact: true }).first().waitFor();
}

export async function tallyPeriod(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^核算(季度|年度)积分$/ }).click();
  await page
    .getByText(/已核算$/)
    .first()
    .waitFor();
  await page.getByRole('button', { name: '发布公示…' }).waitFor();
}

/** Publishes the tallied period, through the confirmation that says what cannot be undone. */
export async function publishTally(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布公示…' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '不可撤销' });
  await dialog.getByRole('button', { name: '发布公示' }).click();
  await page.getByText('已发布公示').waitFor();
  await page.getByRole('button', { name: '定案…' }).waitFor();
}

/**
 * Upholds the first open objection: the answer, and the ledger entries to reverse (their labels
 * contain `reverse`, e.g. an item code) and/or a correcting amount.
 */
export async function upholdObjection(
  page: Page,
  options: { answer: string; reverse?: string[]; adjustmentPoints?: number },
): Promise<void> {
  await page
    .getByRole('button', { name: /^答\s*复$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog').filter({ hasText: '答复异议' });
  await dialog.getByLabel('异议成立（更正台账并重新公示）').check();
  await dialog.getByLabel('答复内容').fill(options.answer);
  for (const label of options.reverse ?? [])
    await dialog
      .getByRole('checkbox', { name: new RegExp(label) })
      .first()
      .check(); // newest first
  if (options.adjustmentPoints !== undefined)
    await dialog.getByLabel(/更正分值/).fill(String(options.adjustmentPoints));
  await dialog.getByRole('button', { name: '提交答复' }).click();
  await page.getByText('已答复：异议成立，已更正并重新公示').waitFor();
}

/** Finalizes the period shown, through its confirmation. */
export async function finalizePeriod(page: Page): Promise<void> {
  await page.getByRole('button', { name: '定案…' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '不可撤销' });
  await dialog.getByRole('button', { name: /^定\s*案$/ }).click();
  await page
    .getByText(/已定案$/)
    .first()
    .waitFor();
}
