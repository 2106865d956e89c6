import type { TenantTx } from '@village/platform-tenancy';
import type { AppraisalAverages } from '../evaluation/grading';
import type { AppraisedSubject } from './appraisal-enums';

/**
 * The year's appraisal ratings aggregated per resident and subject type: read by the summary screen
 * (AppraisalService) and by the year-end evaluation (appraisalAveragesOf).
 */
interface RatingAggregate {
  residentId: string;
  name: string;
  subjectType: AppraisedSubject;
  peerCount: number;
  peerAverage: string | null;
  massCount: number;
  massAverage: string | null;
}

/** Averages rounded to 2 decimals in SQL (numeric): what cadres see is what the grading uses. */
export async function ratingAggregates(
  tx: TenantTx,
  villageId: string,
  year: number,
): Promise<RatingAggregate[]> {
  return (await tx.query(
    `SELECT a.ratee_resident_id AS "residentId", r.name, a.subject_type AS "subjectType",
            count(*) FILTER (WHERE a.rater_kind = 'PEER')::int AS "peerCount",
            round(avg(a.rating) FILTER (WHERE a.rater_kind = 'PEER'), 2)::text AS "peerAverage",
            count(*) FILTER (WHERE a.rater_kind = 'MASS')::int AS "massCount",
            round(avg(a.rating) FILTER (WHERE a.rater_kind = 'MASS'), 2)::text AS "massAverage"
       FROM appraisal_rating a JOIN resident r ON r.id = a.ratee_resident_id
      WHERE a.village_id = $1 AND a.year = $2
      GROUP BY a.ratee_resident_id, r.name, a.subject_type
      ORDER BY a.subject_type, r.name, a.ratee_resident_id`,
    [villageId, year],
  )) as RatingAggregate[];
}

export function ratingCounts(row: RatingAggregate) {
  return {
    peerCount: row.peerCount,
    peerAverage: row.peerAverage === null ? null : Number(row.peerAverage),
    massCount: row.massCount,
    massAverage: row.massAverage === null ? null : Number(row.massAverage),
  };
}

/**
 * The year's appraisal averages per resident and track, for the year tally, inside the caller's
 * transaction (RLS applies). Averages are rounded to 2 decimals; a kind nobody gave is null. Residents
 * nobody rated are absent (the tally treats them as { peerAverage: null, massAverage: null }).
 */
export async function appraisalAveragesOf(
  tx: TenantTx,
  villageId: string,
  year: number,
): Promise<Map<string, { PARTY_MEMBER?: AppraisalAverages; REPRESENTATIVE?: AppraisalAverages }>> {
  const averages = new Map<
    string,
    { PARTY_MEMBER?: AppraisalAverages; REPRESENTATIVE?: AppraisalAverages }
  >();
  for (const row of await ratingAggregates(tx, villageId, year)) {
    const { peerAverage, massAverage } = ratingCounts(row);
    const entry = averages.get(row.residentId) ?? {};
    entry[row.subjectType] = { peerAverage, massAverage };
    averages.set(row.residentId, entry);
  }
  return averages;
}
