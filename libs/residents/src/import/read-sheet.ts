import { parseCsv, SheetFormatError, type SheetRow } from './csv-parser';
import { ImportFormat } from './dto/import-residents.input';
import { readImportRows, type ImportRow } from './import-rows';
import { readXlsx } from './xlsx-reader';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

/** Decodes an uploaded file within the size and row limits and reads its rows (SheetFormatError if not). */
export async function readSheet(format: ImportFormat, contentBase64: string): Promise<ImportRow[]> {
  // Decoded size is about three quarters of the base64 length: refuse before decoding a huge payload.
  if (contentBase64.length > Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4) {
    throw new SheetFormatError(`文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请分批导入`);
  }
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(contentBase64))
    throw new SheetFormatError('不是有效的 base64 内容');
  const content = Buffer.from(contentBase64, 'base64');
  let sheet: SheetRow[];
  if (format === ImportFormat.XLSX) sheet = await readXlsx(content);
  else {
    const text = new TextDecoder('utf-8', { fatal: true });
    let decoded: string;
    try {
      decoded = text.decode(content);
    } catch {
      throw new SheetFormatError('CSV 文件不是 UTF-8 编码，请在 Excel 中“另存为 CSV UTF-8”');
    }
    sheet = parseCsv(decoded);
  }
  if (sheet.length - 1 > MAX_IMPORT_ROWS) {
    throw new SheetFormatError(`数据行超过 ${MAX_IMPORT_ROWS} 行，请分批导入`);
  }
  return readImportRows(sheet);
}
