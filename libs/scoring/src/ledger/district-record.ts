import type { TenantTx } from '@village/platform-tenancy';

/**
 * The district credit record (区级信用档案, DOMAIN.md §13) as of a day: per resident, the credit points
 * of entries counted at district level (record level DISTRICT or BOTH) that stand that day — acted on by
 * then and still valid: an entry with an expiry counts until it (across years: a deduction valid two
 * years weighs on next year's record), one without counts in its own year. Reversals copy their
 * entry's dates and points, so they cancel it exactly. `maxSeq` reads the ledger as of a tally's
 * anchor; null reads all of it.
 */
export async function districtRecordPoints(
  tx: TenantTx,
  villageId: string,
  asOf: string,
  maxSeq: number | null,
  residentId: string | null = null,
): Promise<Map<string, { points: number; entries: number }>> {
  const rows = (await tx.query(
    `SELECT resident_id, coalesce(sum(points), 0)::float AS points, count(*)::int AS entries
       FROM ledger_entry
      WHERE village_id = $1 AND track = 'CREDIT' AND record_level IN ('DISTRICT', 'BOTH')
        AND acted_on <= $2::date
        AND (expires_on >= $2::date
             OR (expires_on IS NULL AND acted_on >= date_trunc('year', $2::date)::date))
        AND ($3::bigint IS NULL OR seq <= $3::bigint)
        AND ($4::uuid IS NULL OR resident_id = $4::uuid)
      GROUP BY resident_id`,
    [villageId, asOf, maxSeq, residentId],
  )) as { resident_id: string; points: number; entries: number }[];
  return new Map(rows.map((r) => [r.resident_id, { points: r.points, entries: r.entries }]));
}
