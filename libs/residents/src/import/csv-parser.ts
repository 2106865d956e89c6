/** A data row of an uploaded sheet: its spreadsheet row number (header = 1) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export class SheetFormatError extends Error {}

/**
 * RFC 4180 CSV: comma separated, CRLF or LF line ends, fields in double quotes may hold commas, line
 * breaks and doubled quotes. UTF-8 with or without a BOM. Records are numbered from 1 like spreadsheet
 * rows; fully empty records are dropped.
 */
export function parseCsv(text: string): SheetRow[] {
  return [...csvRecords(text)];
}

/** The records of `parseCsv` one at a time, so a reader need not hold them all. */
export function* csvRecords(text: string): Generator<SheetRow> {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let record = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;

  const endField = () => {
    cells.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: record, cells });
    cells = [];
    record += 1;
  };

  while (i < input.length) {
    if (rows.length) yield rows.pop() as SheetRow;
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === ',') endField();
    else if (c === '\r' && input[i + 1] === '\n') {
      endRecord();
      i += 1;
    } else if (c === '\n' || c === '\r') endRecord();
    else if (afterQuote) {
      throw new SheetFormatError(`第 ${record} 行：引号结束后应为逗号或换行`);
    } else if (c === '"' && field === '') quoted = true;
    else field += c;
    i += 1;
  }
  if (quoted) throw new SheetFormatError(`第 ${record} 行：引号没有闭合`);
  if (field !== '' || cells.length || afterQuote) endRecord();
  yield* rows;
}
