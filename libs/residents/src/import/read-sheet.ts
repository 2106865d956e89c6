import { csvRecords, SheetFormatError, type SheetRow } from './csv-parser';
import { ImportFormat } from './dto/import-residents.input';
import { ImportRowReader, type ImportRow } from './import-rows';
import { MAX_IMPORT_BASE64_CHARS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './import-limits';
import { eachXlsxRow } from './xlsx-reader';

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './import-limits';

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

/** Decodes an uploaded file within the size and row limits and reads its rows (SheetFormatError if not). */
export async function readSheet(format: ImportFormat, contentBase64: string): Promise<ImportRow[]> {
  // Refuse before decoding a huge payload (a request through the API cannot even carry one).
  if (contentBase64.length > MAX_IMPORT_BASE64_CHARS + 4) {
    throw new SheetFormatError(`文件超过 ${MB(MAX_IMPORT_BYTES)} MB，请分批导入`);
  }
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(contentBase64))
    throw new SheetFormatError('不是有效的 base64 内容');
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length > MAX_IMPORT_BYTES) {
    throw new SheetFormatError(`文件超过 ${MB(MAX_IMPORT_BYTES)} MB，请分批导入`);
  }
  const reader = new ImportRowReader();
  const add = (row: SheetRow) => {
    // The header is row 1 and not counted; stop reading as soon as the limit is passed.
    if (reader.rows.length >= MAX_IMPORT_ROWS) {
      throw new SheetFormatError(`数据行超过 ${MAX_IMPORT_ROWS} 行，请分批导入`);
    }
    reader.add(row);
  };
  if (format === ImportFormat.XLSX) await eachXlsxRow(content, add);
  else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw new SheetFormatError('CSV 文件不是 UTF-8 编码，请在 Excel 中“另存为 CSV UTF-8”');
    }
    for (const row of csvRecords(text)) add(row);
  }
  return reader.finish();
}
