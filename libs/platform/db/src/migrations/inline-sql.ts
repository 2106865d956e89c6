/**
 * Lays a statement out as a migration wrote it inline in a template literal: on a new line, each line
 * indented by `spaces`. PostgreSQL keeps a function's source exactly as sent (pg_dump prints it), so a
 * statement moved out of an applied migration into a shared builder keeps its layout to the byte.
 */
export function inlineSql(spaces: number, sql: string): string {
  const indent = ' '.repeat(spaces);
  const lines = sql.split('\n').map((line) => (line ? indent + line : line));
  return `\n${lines.join('\n')}`;
}
