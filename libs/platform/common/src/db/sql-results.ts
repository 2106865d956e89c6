/**
 * The row count of an UPDATE run through TypeORM's `query` on PostgreSQL, which answers UPDATE and
 * DELETE with `[rows, rowCount]` (and other statements with the rows alone).
 */
export function affectedRows(raw: unknown): number {
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') {
    return raw[1];
  }
  return Array.isArray(raw) ? raw.length : 0;
}

/** The rows an UPDATE … RETURNING gave back through TypeORM's `query` (see `affectedRows`). */
export function updatedRows<T>(raw: unknown): T[] {
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') {
    return raw[0] as T[];
  }
  return (Array.isArray(raw) ? raw : []) as T[];
}
