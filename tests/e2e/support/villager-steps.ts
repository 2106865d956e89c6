import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/**
 * Steps on the villager phone app (/m/), for this app's journeys and for later ones that cross apps
 * (a resident declares, a council member reviews in the admin app, the resident sees the points).
 */

/** A real PNG photo (a red-and-white gradient, `size` pixels square) built without any image library. */
export function testPhotoPng(size = 64): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      row[1 + x * 3] = 200;
      row[2 + x * 3] = Math.round((255 * x) / size);
      row[3 + x * 3] = Math.round((255 * y) / size);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface Declaration {
  /** Part of the item's name as the list shows it, e.g. 参加志愿服务. */
  item: string;
  quantity?: number;
  note: string;
  photo?: Buffer;
}

export async function openMyScore(page: Page): Promise<void> {
  await page.goto('/m/');
  await page.getByRole('heading', { name: /您好/ }).waitFor();
}

/** Fills the declare form (without submitting): item, quantity, note, a photo from the "gallery". */
export async function fillDeclaration(page: Page, d: Declaration): Promise<void> {
  await page.goto('/m/declare');
  await page.getByRole('heading', { name: '申报积分' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(d.item) }).check();
  if (d.quantity !== undefined) await page.getByLabel(/^数量/).fill(String(d.quantity));
  await page.getByLabel(/^说明/).fill(d.note);
  if (d.photo) {
    await page
      .getByLabel('从相册选择照片')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: d.photo });
    await page.getByRole('img', { name: '照片 1 预览' }).waitFor();
  }
}

export async function submitDeclaration(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交申报' }).click();
  await page.getByText('已提交，等待审核').waitFor();
}

/** 申报 with a photo, from the form to the API's acceptance. */
export async function declareWithPhoto(page: Page, d: Declaration): Promise<void> {
  await fillDeclaration(page, d);
  await submitDeclaration(page);
}

export async function openMyDeclarations(page: Page): Promise<void> {
  await page.goto('/m/declarations');
  await page.getByRole('heading', { name: '我的申报' }).waitFor();
}

/** The card of the declaration with this note in 我的申报. */
export function declarationCard(page: Page, note: string) {
  return page.locator('.adm-card').filter({ hasText: note });
}

export async function openNotice(page: Page): Promise<void> {
  await page.goto('/m/notice');
  await page.getByRole('heading', { name: '积分公示' }).waitFor();
}

/** On the open notice, raises an objection on the resident's own (highlighted) line; ends on 我的异议. */
export async function objectOnMyLine(page: Page, reason: string): Promise<void> {
  const mine = page.locator('.mine-line').first();
  await mine.getByRole('button', { name: /提出异议/ }).click();
  await page.getByLabel('异议理由').fill(reason);
  await page.getByRole('button', { name: '提交异议' }).click();
  await page.waitForURL(/\/m\/objections$/);
  await page.getByText(reason).waitFor();
}

/** Turns 长辈版 on (or off) on 我的. */
export async function setElderMode(page: Page, on: boolean): Promise<void> {
  await page.goto('/m/me');
  const toggle = page.getByRole('switch', { name: /长辈版/ });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
}

/** Whether the page is wider than the phone (something forces a sideways scroll). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth + 1');
}

/** 我的 tab, scrolled to 我的契约 once its contracts (or its empty state) have loaded. */
export async function openMyContracts(page: Page): Promise<void> {
  await page.getByRole('link', { name: '我的' }).click();
  const card = myContractsCard(page);
  await card.locator('section.contract-item, .adm-error-block').first().waitFor();
  await card.scrollIntoViewIfNeeded();
}

export function myContractsCard(page: Page) {
  return page.locator('.adm-card').filter({ hasText: /我的契约（\d+ 年度）/ });
}

/** One contract on 我的契约, by its colour's name (e.g. '绿色·服务契约'). */
export function myContract(page: Page, colourName: string) {
  return myContractsCard(page).locator('section.contract-item').filter({ hasText: colourName });
}
