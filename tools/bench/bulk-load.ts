import type { Client } from 'pg';

/**
 * Runs a bulk load with the table's secondary indexes (those not backing a constraint) dropped, then
 * recreates them from their exact definitions: one sort per index instead of millions of random
 * insertions. Constraint indexes (primary key, unique constraints) stay, so duplicates still fail.
 */
export async function withoutSecondaryIndexes(client: Client, table: string, load: () => Promise<void>) {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
     FROM pg_index x
     JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    [table],
  );
  for (const index of rows) await client.query(`DROP INDEX "${index.name}"`);
  try {
    await load();
  } finally {
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of rows) await client.query(index.def);
    await client.query('RESET maintenance_work_mem');
  }
}
