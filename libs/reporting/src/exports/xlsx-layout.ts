import ExcelJS from 'exceljs';

/** Columns in Excel's units (one Latin character): a Chinese character takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) as number) > 0x2e80 ? 2 : 1;
  return width;
}

/** A moment in Beijing time as the office writes it: "2026-12-05 14:32". */
export function beijingDateTime(moment: Date): string {
  return new Date(moment.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export interface OfficeTable {
  /** The sheet's tab name (Excel allows 31 characters, no []:*?/\). */
  sheetName: string;
  /** The title row, e.g. "宋村镇 数据看板"; then the subtitle rows (period, 导出时间). */
  title: string;
  subtitles: string[];
  columns: { header: string; minWidth?: number; maxWidth?: number }[];
  rows: (string | number | null)[][];
}

const THIN = { style: 'thin' as const };

/**
 * The office archive's sheet layout, one for every signed-in export: a bold title row and grey
 * subtitle rows over the table, the header row bold on grey and frozen (with the first column) so it
 * stays in view, thin borders, widths from the longest text, and A4 landscape printing that repeats
 * the header on every page. Empty values stay empty cells (never 0).
 */
export function addOfficeTable(workbook: ExcelJS.Workbook, table: OfficeTable): ExcelJS.Worksheet {
  const headerRow = officeHeaderRow(table.subtitles.length);
  const sheet = workbook.addWorksheet(table.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }],
  });
  const width = Math.max(table.columns.length, 1);
  const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
  };
  banner(1, table.title, { size: 14, bold: true });
  table.subtitles.forEach((text, i) => banner(2 + i, text, { size: 10, color: { argb: 'FF555555' } }));

  const header = sheet.getRow(headerRow);
  header.values = table.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
  table.rows.forEach((values, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    values.forEach((value, c) => {
      if (value !== null && value !== '') row.getCell(c + 1).value = value;
    });
  });
  for (let r = headerRow; r <= headerRow + table.rows.length; r++) {
    for (let c = 1; c <= width; c++) {
      sheet.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
  table.columns.forEach((column, i) => {
    const texts = table.rows.map((r) => (r[i] === null ? '' : String(r[i])));
    const widest = Math.max(displayWidth(column.header), ...texts.map(displayWidth));
    sheet.getColumn(i + 1).width = Math.min(
      Math.max(widest + 2, column.minWidth ?? 6),
      column.maxWidth ?? 30,
    );
  });
  return sheet;
}

/** The row number of the header in a sheet made by addOfficeTable with `subtitles` subtitle rows. */
export function officeHeaderRow(subtitles: number): number {
  return 2 + subtitles + 1;
}

export function newOfficeWorkbook(title: string, now: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村级契约化信用治理平台';
  workbook.created = now;
  workbook.modified = now;
  workbook.title = title;
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
