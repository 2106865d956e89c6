import type { TenantTx } from '@village/platform-tenancy';
import type { TallyWindow } from './tally-inputs';

/** A direct judgement (直接认定) standing against a person at year end, as frozen on its entry. */
export interface StandingJudgement {
  itemCode: string;
  itemName: string;
  /** The highest grade the person may get (QUALIFIED, BASIC, UNQUALIFIED), or null. */
  grade: string | null;
  /** The most stars the person may get, or null. */
  stars: number | null;
}

/**
 * The direct judgements standing in a year: entries (not reversed as of the anchor — a credit repair
 * reverses its judgement) acted on by the year's end whose validity reaches into the year. An entry
 * without an expiry stands in its own year only; one valid past 31 December stands in the next years
 * it reaches too, although its points count in the year it was acted on.
 */
export async function standingJudgements(
  tx: TenantTx,
  window: TallyWindow,
): Promise<Map<string, StandingJudgement[]>> {
  const rows = (await tx.query(
    `SELECT e.resident_id, e.item_code, e.item_name, e.judgement_grade, e.judgement_stars
       FROM ledger_entry e
      WHERE e.village_id = $1 AND e.kind = 'NORMAL' AND e.seq <= $4
        AND (e.judgement_grade IS NOT NULL OR e.judgement_stars IS NOT NULL)
        AND e.acted_on <= $3
        AND (e.expires_on >= $2 OR (e.expires_on IS NULL AND e.acted_on >= $2))
        AND NOT EXISTS (SELECT 1 FROM ledger_entry r
                         WHERE r.reverses_entry_id = e.id AND r.kind = 'REVERSAL' AND r.seq <= $4)
      ORDER BY e.seq`,
    [window.villageId, window.startsOn, window.endsOn, window.maxSeq],
  )) as {
    resident_id: string;
    item_code: string;
    item_name: string;
    judgement_grade: string | null;
    judgement_stars: number | null;
  }[];
  const byResident = new Map<string, StandingJudgement[]>();
  for (const row of rows) {
    byResident.set(row.resident_id, [
      ...(byResident.get(row.resident_id) ?? []),
      {
        itemCode: row.item_code,
        itemName: row.item_name,
        grade: row.judgement_grade,
        stars: row.judgement_stars === null ? null : Number(row.judgement_stars),
      },
    ]);
  }
  return byResident;
}
