import type { TenantTx } from '@village/platform-tenancy';

/**
 * The village's last ledger entry: the chain's head, read on every append and by every tally. It walks
 * the (village_id, seq) index backwards and reads one row. (With the per-row scope policy of before the
 * rls-scope-initplan migration the planner sorted the whole village's ledger instead: ~15 ms at 10,000
 * entries; see tools/bench/FINDINGS.md.)
 */
export async function lastLedgerEntry(
  tx: TenantTx,
  villageId: string,
): Promise<{ id: string; seq: string; entry_hash: string } | null> {
  const [last] = (await tx.query(
    'SELECT id, seq, entry_hash FROM ledger_entry WHERE village_id = $1 ORDER BY seq DESC LIMIT 1',
    [villageId],
  )) as { id: string; seq: string; entry_hash: string }[];
  return last ?? null;
}
