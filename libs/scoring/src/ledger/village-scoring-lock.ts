import type { TenantTx } from '@village/platform-tenancy';

/**
 * The one lock that serialises a village's scoring writes until the caller's transaction ends: ledger
 * appends and reversals, a tally's reading of the ledger (its anchor), declarations and registrations,
 * and every review decision. What these check — the caps of an item per month, quarter and year, the
 * repeat multiplier, idempotency keys, the ledger's head — is read after the lock is taken and written
 * before it is released, so operations running at the same time give what one after another would.
 * A check read before it (as approvals once read their caps) can be raced past by as many requests as
 * run in parallel.
 *
 * Lock order, everywhere: first the row of the record an operation decides (the declaration being
 * reviewed, the period being tallied, the objection being answered, then its period), then this lock.
 * Holding it, an operation writes its own rows and new ones but never waits for a declaration,
 * objection or quarter row another holder could have locked, so two holders cannot wait for each other.
 * Taking it again in the same transaction (an approval, then its ledger append) returns at once.
 *
 * The key is the one ledger appends and tallies have always taken (`ledger:<village id>`).
 */
export async function lockVillageScoring(tx: TenantTx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ledger:${villageId}`]);
}
