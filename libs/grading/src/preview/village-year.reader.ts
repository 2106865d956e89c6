import type { TenantTx } from '@village/platform-tenancy';
import { ledgerSums, standingJudgements, tallyPeople, type TallyWindow } from '@village/scoring';
import { appraisalAveragesOf } from '../appraisal/rating-aggregates';
import type { PreviewEntry } from './preview-entry';
import type { VillageYear } from './preview-village';

/**
 * A village's year as the preview reads it, in the caller's transaction: who is graded (as the year
 * tally would list them), the recorded year sums over the whole ledger, the entries of the codes the
 * draft touches, and the year's appraisal averages. Everything is read up to one ledger position, so
 * an entry appended meanwhile is in all of it or in none (the tally's anchor, without its lock: the
 * preview writes nothing and need not hold anyone up).
 */
export async function readVillageYear(
  tx: TenantTx,
  villageId: string,
  year: number,
  codes: ReadonlySet<string>,
): Promise<VillageYear> {
  const [head] = (await tx.query(
    'SELECT coalesce(max(seq), 0)::bigint AS seq FROM ledger_entry WHERE village_id = $1',
    [villageId],
  )) as { seq: string }[];
  const window: TallyWindow = {
    villageId,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    periodStartsOn: `${year}-01-01`,
    maxSeq: Number(head.seq),
  };
  // One after another: a transaction's statements share one connection.
  const people = await tallyPeople(tx, window);
  const recordedSums = await ledgerSums(tx, window);
  const entries = codes.size ? await entriesOf(tx, window, [...codes]) : [];
  const appraisals = await appraisalAveragesOf(tx, villageId, year);
  const judgements = await standingJudgements(tx, window);
  return { people, recordedSums, entries, appraisals, judgements };
}

async function entriesOf(tx: TenantTx, window: TallyWindow, codes: string[]): Promise<PreviewEntry[]> {
  const rows = (await tx.query(
    `SELECT id, seq, resident_id, kind, reverses_entry_id, item_code, item_name, track, points::float AS points,
            quantity::float AS quantity, repeat_multiplier::float AS repeat_multiplier, acted_on::text AS acted_on
       FROM ledger_entry
      WHERE village_id = $1 AND acted_on BETWEEN $2 AND $3 AND seq <= $4 AND item_code = ANY ($5::varchar[])
      ORDER BY seq`,
    [window.villageId, window.startsOn, window.endsOn, window.maxSeq, codes],
  )) as Record<string, string | number | null>[];
  return rows.map((r) => ({
    id: r.id as string,
    seq: Number(r.seq),
    residentId: r.resident_id as string,
    kind: r.kind as PreviewEntry['kind'],
    reversesEntryId: r.reverses_entry_id as string | null,
    itemCode: r.item_code as string,
    itemName: r.item_name as string,
    track: r.track as PreviewEntry['track'],
    points: r.points as number,
    quantity: r.quantity as number | null,
    repeatMultiplier: r.repeat_multiplier as number,
    actedOn: r.acted_on as string,
  }));
}
