import { openDataColumns } from './open-data-columns';
import type { OpenData, OpenDataValue } from './open-data.service';

export const OPEN_DATA_FORMAT = 'village-open-data/1';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: OpenDataValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese names as UTF-8), a header line of
 * the column keys, CRLF after every line (RFC 4180), empty fields for values that do not apply.
 */
export function openDataCsv(data: OpenData): Buffer {
  const keys = openDataColumns().map((c) => c.key);
  const lines = [
    keys.join(','),
    ...data.rows.map((row) => keys.map((k) => csvField(row[k] ?? null)).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`, 'utf8');
}

/** The JSON: the same rows as objects, with the format, the district, the year and each column's meaning. */
export function openDataJson(data: OpenData, exportedAt: Date): Buffer {
  const columns = openDataColumns();
  const body = {
    format: OPEN_DATA_FORMAT,
    district: { code: data.district.code, name: data.district.name },
    year: data.year,
    exportedAt: exportedAt.toISOString(),
    columns,
    rows: data.rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null]))),
  };
  return Buffer.from(JSON.stringify(body, null, 1), 'utf8');
}
