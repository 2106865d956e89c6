import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { SheetFormatError, type SheetRow } from './csv-parser';

/** The first worksheet of an XLSX workbook as rows of text, numbered as in the spreadsheet. */
export async function readXlsx(content: Buffer): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  await eachXlsxRow(content, (row) => {
    rows.push(row);
  });
  return rows;
}

/**
 * Streams the first worksheet of an XLSX workbook row by row (exceljs' streaming reader: no workbook
 * model, so memory holds the file, the shared strings and what `onRow` keeps). Fully empty rows are
 * skipped. `onRow` may throw to stop reading.
 */
export async function eachXlsxRow(content: Buffer, onRow: (row: SheetRow) => void): Promise<void> {
  if (content.length < 22 || content.readUInt32LE(0) !== 0x04034b50) throw unreadable(); // a zip's first header
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell date cells from numbers; where a sheet comes before them, dates arrive as serials.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let read = false;
  let lastRow = 0; // rows already handed to onRow, so a fallback read does not repeat them
  let stoppedByOnRow = false;
  const emit = (row: SheetRow) => {
    try {
      onRow(row);
    } catch (error) {
      stoppedByOnRow = true;
      throw error;
    }
    lastRow = row.row;
  };
  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
      const first = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets?.[0];
      if (read || (first && sheet.name && sheet.name !== first.name)) {
        for await (const row of sheet) void row; // another sheet: drained, not read
        continue;
      }
      read = true;
      for await (const row of sheet) {
        const cells: string[] = [];
        for (let col = 1; col <= row.cellCount; col += 1) cells.push(cellText(row.getCell(col).value));
        if (cells.some((c) => c.trim() !== '')) emit({ row: row.number, cells });
      }
    }
  } catch (error) {
    if (error instanceof SheetFormatError || stoppedByOnRow) throw error;
    // exceljs' streaming reader now and then fails on a sound file (seen in CI under load; the cause
    // inside exceljs is not pinned down — it spills a worksheet that precedes the shared strings to a
    // temp file). The file is at most MAX_IMPORT_BYTES, so reading it whole is a safe second try.
    await eachRowOfLoadedWorkbook(content, (row) => {
      if (row.row > lastRow) emit(row);
    });
    return;
  }
  if (!read) throw new SheetFormatError('XLSX 文件中没有工作表');
}

/** The first worksheet read with the whole workbook in memory: the fallback of eachXlsxRow. */
async function eachRowOfLoadedWorkbook(content: Buffer, onRow: (row: SheetRow) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetFormatError('XLSX 文件中没有工作表');
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) cells.push(cellText(row.getCell(col).value));
    if (cells.some((c) => c.trim() !== '')) onRow({ row: row.number, cells });
  });
}

function unreadable(): SheetFormatError {
  return new SheetFormatError('无法读取 XLSX 文件，请确认文件是 Excel 2007 及以上格式（.xlsx）');
}

/** Text of a cell as a person typed it: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}
