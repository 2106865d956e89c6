import type { Page } from 'playwright-core';
import type { TestApp } from '../../support/test-app';

/** The importer's columns, by their Chinese headers (libs/residents import-rows IMPORT_COLUMNS). */
export const IMPORT_HEADER = [
  '姓名',
  '性别',
  '出生日期',
  '身份证号',
  '联系电话',
  '户号',
  '是否户主',
  '网格',
  '身份',
];

export type ImportRow = [string, '男' | '女', string, string, string, string, '是' | '否', string, string];

/** An XLSX workbook of residents, built as a village clerk's Excel file would be. */
export async function residentsXlsx(rows: ImportRow[]): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('村民');
  sheet.addRow(IMPORT_HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The id of the village a village cadre works in (the unit of their role). */
export async function ownVillageId(api: TestApp, token: string): Promise<string> {
  const res = await api.gql<{ me: { roles: { orgUnit: { id: string; level: string } }[] } }>(
    'query { me { roles { orgUnit { id level } } } }',
    {},
    token,
  );
  const roles = res.data?.me.roles ?? [];
  const village = roles.find((r) => r.orgUnit.level === 'VILLAGE');
  if (!village) throw new Error('not a village cadre');
  return village.orgUnit.id;
}

/** How many residents the village has, as the API counts them. */
export async function residentCount(api: TestApp, token: string, villageId: string): Promise<number> {
  const res = await api.gql<{ residents: { total: number } }>(
    'query ($v: ID!) { residents(villageId: $v, limit: 1) { total } }',
    { v: villageId },
    token,
  );
  if (!res.data) throw new Error(`residents: ${JSON.stringify(res.errors)}`);
  return res.data.residents.total;
}

/** On the import screen: choose a file and run the check (dry run); resolves when the report shows. */
export async function checkImportFile(page: Page, fileName: string, content: Buffer): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({
    name: fileName,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  });
  await page.getByText(`已选择：${fileName}`).waitFor();
  await page.getByRole('button', { name: '检查文件（不导入）' }).click();
  await page
    .getByRole('table', { name: '逐行检查结果' })
    .or(page.getByLabel('逐行检查结果'))
    .first()
    .waitFor();
}

/** Opens a menu screen of the admin app by its menu entry, as a user would. */
export async function openFromMenu(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '主菜单' }).getByText(title, { exact: true }).click();
}

/** Picks an option of an antd select by its label (the visible list, not the hidden a11y list). */
export async function chooseOption(page: Page, selectName: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: selectName }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}
