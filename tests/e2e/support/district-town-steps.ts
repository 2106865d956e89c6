import { clickUntilShown } from './browser';
import type { Locator, Page } from 'playwright-core';

/**
 * Browser steps on the district, town and accounts screens of the admin app, for journeys that
 * cross apps to compose (e.g. a town publishes its manual, then a village drafts its list).
 */

/** Picks `option` in the antd select labelled `label` (within `scope` when the label is not unique). */
export async function chooseOption(
  page: Page,
  label: string,
  option: string,
  scope: Page | Locator = page,
): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  const select = input.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  const choice = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first();
  const picked = select.getByText(option, { exact: true });
  // A click on a dropdown still sliding in can miss (or pick its neighbour): check the select shows
  // the option, and try again if not.
  for (let attempt = 1; ; attempt++) {
    if (!(await choice.isVisible())) await input.click();
    await choice.click();
    try {
      await picked.waitFor({ timeout: 2000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
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
  await clickUntilShown(
    () => page.getByRole('button', { name: `调整 ${itemCode}` }).click(),
    page.getByRole('dialog', { name: '停用或调整区框架事项' }),
  );
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

/** What to type into the item dialog (新增/修改评价事项, 本镇事项); omitted fields stay as they are. */
export interface ItemEntry {
  code?: string;
  name?: string;
  description?: string;
  /** The Chinese labels, as the selects show them. */
  category?: string;
  direction?: '加分项' | '扣分项';
  track?: '居民信用积分' | '角色职责积分';
  /** Exactly these subjects end up ticked. */
  subjects?: string[];
  pointsMin?: string;
  pointsMax?: string;
  perUnitPoints?: string;
  unitLabel?: string;
  capPerMonth?: string;
  capPerQuarter?: string;
  capPerYear?: string;
  validityMonths?: string;
  repeatMultiplier?: string;
  evidenceRequired?: boolean;
  household?: boolean;
  veto?: boolean;
}

const ALL_SUBJECTS = ['村民', '党员', '村民代表', '“五老”', '志愿者'];

/** Fills the open item dialog (every field it has, as far as `entry` says) and saves it. */
export async function fillItemDialog(page: Page, entry: ItemEntry): Promise<void> {
  const dialog = page.getByRole('dialog').filter({ has: page.getByLabel('事项名称', { exact: true }) });
  const text: [keyof ItemEntry, string][] = [
    ['code', '编码'],
    ['name', '事项名称'],
    ['description', '说明'],
    ['pointsMin', '分值下限'],
    ['pointsMax', '分值上限'],
    ['perUnitPoints', '每单位分值'],
    ['unitLabel', '计量单位'],
    ['capPerMonth', '每月上限'],
    ['capPerQuarter', '每季度上限'],
    ['capPerYear', '每年上限'],
    ['validityMonths', '有效期（月）'],
    ['repeatMultiplier', '重复倍数'],
  ];
  for (const [key, label] of text) {
    const value = entry[key];
    if (value === undefined) continue;
    const input = dialog.getByLabel(label, { exact: true });
    await input.fill('');
    await input.fill(String(value));
  }
  const selects: [keyof ItemEntry, string][] = [
    ['category', '类别'],
    ['direction', '加分或扣分'],
    ['track', '计入积分'],
  ];
  for (const [key, label] of selects) {
    const value = entry[key];
    if (value !== undefined) await chooseOption(page, label, String(value));
  }
  if (entry.subjects) {
    for (const subject of ALL_SUBJECTS) {
      await dialog
        .getByRole('checkbox', { name: subject, exact: true })
        .setChecked(entry.subjects.includes(subject));
    }
  }
  const flags: [keyof ItemEntry, string][] = [
    ['evidenceRequired', '需要佐证材料'],
    ['household', '按户计分'],
    ['veto', '一票否决项'],
  ];
  for (const [key, label] of flags) {
    const value = entry[key];
    if (value !== undefined) await dialog.getByRole('checkbox', { name: label }).setChecked(Boolean(value));
  }
  await dialog.getByRole('button', { name: spaced('保存') }).click();
}

/** Answers the open confirmation (modal.confirm) whose text contains `text` with its `okText` button. */
export async function confirmStep(page: Page, text: string | RegExp, okText: string): Promise<void> {
  const confirm = page.locator('.ant-modal-confirm').filter({ hasText: text });
  await confirm.waitFor();
  await confirm.getByRole('button', { name: spaced(okText) }).click();
  await confirm.waitFor({ state: 'detached' });
}

/**
 * A button's name as antd renders it: two-character labels get a space between them (「保 存」), and a
 * button that was loading may keep its (collapsed) loading icon, named "loading", in a reused dialog.
 */
export function spaced(label: string): RegExp {
  const chars = [...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(loading\\s*)?${chars.join('\\s*')}$`);
}

/**
 * Waits until dialogs and dropdowns have finished closing (antd animates them out), so a screenshot
 * shows the screen itself.
 */
export async function settled(page: Page): Promise<void> {
  for (const closing of await page.locator('.ant-modal-wrap, .ant-select-dropdown').all()) {
    await closing.waitFor({ state: 'hidden' });
  }
}

/** Types one band row of the open item dialog: lower edge, upper edge, and a fixed value or a rate. */
export async function typeBand(
  page: Page,
  index: number,
  band: { from: string; to?: string; points?: string; perUnit?: string },
) {
  const dialog = page.getByRole('dialog').filter({ has: page.getByLabel('事项名称', { exact: true }) });
  await dialog.getByRole('button', { name: spaced('添加一档') }).click();
  const row = dialog.locator(`[aria-label="第 ${index} 档"]`);
  const fields: [keyof typeof band, string][] = [
    ['from', '下限'],
    ['to', '上限'],
    ['points', '固定分值'],
    ['perUnit', '每单位分值'],
  ];
  for (const [key, label] of fields) {
    if (band[key] !== undefined) await row.getByLabel(label, { exact: true }).fill(band[key] as string);
  }
}
