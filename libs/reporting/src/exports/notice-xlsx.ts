import ExcelJS from 'exceljs';
import { checkpointLine, dateLine, hexGroups, unitLine, type PrintableNotice } from './printable-notice';
import { displayWidth } from './xlsx-layout';

/** Where the table starts in the sheet (1-based): three title rows and a blank one above it. */
export const XLSX_HEADER_ROW = 5;

/**
 * The notice as a workbook for the office's files: the title rows, the header and the rows exactly as
 * the canonical form has them (every cell text, so 1001.20 stays "1001.20" and is not re-typed by
 * Excel), then the digest, the log entry and its checkpoint, and the public page's address. Printed,
 * it fits the width of an A4 page and repeats the header row on every page.
 */
export async function renderNoticeXlsx(notice: PrintableNotice): Promise<Buffer> {
  const { content } = notice;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村级契约化信用治理平台';
  workbook.created = notice.loggedAt;
  workbook.modified = notice.loggedAt;
  workbook.title = content.title;
  const width = Math.max(content.columns.length, 1);
  const sheet = workbook.addWorksheet('公示', {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`,
    },
    views: [{ state: 'frozen', ySplit: XLSX_HEADER_ROW }],
  });

  const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center' };
  };
  banner(1, unitLine(content), { size: 11, color: { argb: 'FF555555' } });
  banner(2, content.title, { size: 16, bold: true });
  banner(3, dateLine(content), { size: 11, color: { argb: 'FF555555' } });

  const header = sheet.getRow(XLSX_HEADER_ROW);
  header.values = content.columns;
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
  content.rows.forEach((row, i) => {
    const line = sheet.getRow(XLSX_HEADER_ROW + 1 + i);
    line.values = row;
    // Text format as well as text values: a cell edited later stays text.
    line.eachCell({ includeEmpty: true }, (cell) => (cell.numFmt = '@'));
  });
  for (let r = XLSX_HEADER_ROW; r <= XLSX_HEADER_ROW + content.rows.length; r++) {
    for (let c = 1; c <= width; c++) {
      sheet.getCell(r, c).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    }
  }
  content.columns.forEach((column, i) => {
    const widest = Math.max(displayWidth(column), ...content.rows.map((r) => displayWidth(r[i] ?? '')));
    sheet.getColumn(i + 1).width = Math.min(Math.max(widest + 2, 8), 40);
  });

  let r = XLSX_HEADER_ROW + content.rows.length + 2;
  const note = (label: string, value: string) => {
    sheet.getCell(r, 1).value = label;
    sheet.getCell(r, 1).font = { bold: true };
    sheet.mergeCells(r, 2, r, Math.max(width, 2));
    sheet.getCell(r, 2).value = value;
    r += 1;
  };
  note('行数', `共 ${content.rows.length} 行（姓名已隐去中间字）`);
  note('内容摘要', hexGroups(notice.digest));
  note('公开记录', `第 ${notice.entrySeq} 条；${checkpointLine(notice)}`);
  note('公开页面', notice.publicUrl);
  note(
    '核对方法',
    '用手机打开公开页面（或扫描打印版上的二维码），页面显示“与系统一致”即与系统登记的内容一致',
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
