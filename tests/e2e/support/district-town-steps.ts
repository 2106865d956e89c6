import type { Page } from 'playwright-core';

/**
 * Browser steps on the district, town and accounts screens of the admin app, for journeys that
 * cross apps to compose (e.g. a town publishes its manual, then a village drafts its list).
 */

/** Picks `option` in the antd select labelled `label`. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/**
 * As a town admin: opens the town's newest manual, and if it is published starts a new version from
 * it, so the editor shows a draft. Returns the draft's id (from the address).
 */
export async function openDraftManual(page: Page): Promise<string> {
  await page.goto('/town/manuals');
  await page.getByRole('heading', { name: /操作手册/ }).waitFor();
  await page.locator('.ant-table-row').first().getByRole('link').click();
  const publish = page.getByRole('button', { name: '发布手册…' });
  const newVersion = page.getByRole('button', { name: '以此为底稿新建版本' });
  await publish.or(newVersion).first().waitFor();
  if (await newVersion.isVisible()) {
    const before = page.url();
    await newVersion.click();
    await page.waitForURL((url) => url.href !== before);
    await publish.waitFor();
  }
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** Opens the adjustment dialog of a district item in the manual being edited. */
export async function openItemAdjustment(page: Page, itemCode: string): Promise<void> {
  await page.getByRole('tab', { name: '区框架事项' }).click();
  await page.getByRole('button', { name: `调整 ${itemCode}` }).click();
  await page.getByRole('dialog', { name: '停用或调整区框架事项' }).waitFor();
}

/** Types a value into one adjusted field of the open dialog (replacing what is there). */
export async function typeAdjustment(
  page: Page,
  field: '分值下限' | '分值上限' | '每单位分值',
  value: string,
) {
  const input = page.getByRole('dialog').getByLabel(field, { exact: true });
  await input.fill('');
  await input.fill(value);
}

/** Publishes the manual open in the editor, through its confirmation, and waits until it shows as published. */
export async function publishOpenManual(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布手册…' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '此操作不可撤销' });
  await confirm.waitFor();
  await confirm.getByRole('button', { name: '确认发布' }).click();
  await page.getByText('已发布的手册不能修改；如需改动请新建版本。').waitFor();
}

/** As a district admin: opens a framework from the list by its title. */
export async function openFramework(page: Page, title: string | RegExp): Promise<void> {
  await page.goto('/district/frameworks');
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('tab', { name: /评价事项/ }).waitFor();
}
