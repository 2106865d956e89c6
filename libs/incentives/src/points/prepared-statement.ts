import { createHash } from 'node:crypto';
import type { TenantTx } from '@village/platform-tenancy';

const names = new Map<string, string>();

/**
 * Runs `text` in the transaction as a named prepared statement of its connection: node-postgres parses
 * it once per pooled connection, and PostgreSQL plans it once (a generic plan after its first few
 * executions) instead of planning it anew on every call — for the reservation's statements, planning
 * under the row-level-security policies cost more than running them (README "Redemptions under
 * contention"). Safe under row-level security: the policies read the scope through STABLE functions
 * of the transaction's settings, evaluated each time the plan runs, never folded into it; a plan is
 * per connection and role, and the scope is still set per transaction. The name is the text's hash,
 * so one name never stands for two texts.
 */
export function preparedQuery(tx: TenantTx, text: string, values: readonly unknown[]): Promise<unknown> {
  let name = names.get(text);
  if (!name) {
    name = `village_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  // TypeORM hands the query to node-postgres as it is; node-postgres takes a { name, text } config.
  return tx.query({ name, text } as unknown as string, values as unknown[]);
}
