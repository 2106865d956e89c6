import type { TenantTx } from '@village/platform-tenancy';
import {
  BASE_FIGURES,
  periodsOfYear,
  type BaseFigure,
  type FigureRow,
  type PeriodKindKey,
} from './base-figures';

/**
 * One village's base figures for one year, computed from the base tables (the definitions every
 * screen, export and API field share; figure-definitions.ts says them in words). Flow figures are
 * grouped by month, quarter and year in one statement each (GROUPING SETS, so distinct counts such as
 * participants are distinct per period, not summed months); tally figures come from each quarter's and
 * the year's latest frozen tally; snapshots (residents, contract coverage, honours, open cases) from the
 * year as it stands.
 */
const PERIOD_COLUMNS = `
  CASE WHEN GROUPING(m) = 0 THEN 'MONTH' WHEN GROUPING(q) = 0 THEN 'QUARTER' ELSE 'YEAR' END AS kind,
  COALESCE(m, q, 1) AS number`;
const GROUPS = 'GROUP BY GROUPING SETS ((m), (q), ())';
const monthOf = (column: string) =>
  `extract(month FROM ${column})::int AS m, (extract(month FROM ${column})::int - 1) / 3 + 1 AS q`;

/** The outcome figures over rows of outcome_record (shared with the towns' own records: town-outcomes.ts). */
export const OUTCOME_SUMS = `count(*) FILTER (WHERE kind = 'PROBLEM_RESOLVED') AS problems_resolved,
          coalesce(sum(amount_yuan) FILTER (WHERE kind = 'COST_SAVED'), 0) AS costs_saved,
          coalesce(sum(complaint_count) FILTER (WHERE kind = 'COMPLAINT'), 0) AS complaints,
          coalesce(sum(complaint_count) FILTER (WHERE kind = 'COMPLAINT' AND agriculture), 0) AS complaints_agriculture,
          count(*) FILTER (WHERE kind = 'HONOUR_WON') AS unit_honours`;
/** An outcome record `o` that counts: the latest of its corrections and not withdrawn. */
export const CURRENT_OUTCOME = `NOT o.withdrawn AND NOT EXISTS (SELECT 1 FROM outcome_record c WHERE c.corrects_id = o.id)`;

type Row = Record<string, string | number | null> & { kind: PeriodKindKey; number: number };

const FLOW_QUERIES: string[] = [
  // Volunteer activities by the day held: activities closed, person-times and hours.
  `SELECT ${PERIOD_COLUMNS}, count(DISTINCT activity_id) AS activities_held, count(*) AS volunteer_person_times,
          coalesce(sum(hours), 0) AS volunteer_hours
     FROM (SELECT activity_id, hours, ${monthOf('held_on')} FROM volunteer_participation
            WHERE village_id = $1 AND held_on BETWEEN $2 AND $3 AND declaration_id IS NOT NULL) x ${GROUPS}`,
  // Meeting attendance by the day held: expected attendees, those present, meetings held.
  `SELECT ${PERIOD_COLUMNS}, count(*) AS meeting_expected, count(*) FILTER (WHERE status = 'PRESENT') AS meeting_present,
          count(DISTINCT meeting_id) AS meetings_held
     FROM (SELECT status, meeting_id, ${monthOf('held_on')} FROM meeting_attendance
            WHERE village_id = $1 AND held_on BETWEEN $2 AND $3) x ${GROUPS}`,
  // Residents with at least one approved act (a ledger entry that is not a reversal) in the period.
  `SELECT ${PERIOD_COLUMNS}, count(DISTINCT resident_id) AS participants
     FROM (SELECT resident_id, ${monthOf('acted_on')} FROM ledger_entry
            WHERE village_id = $1 AND acted_on BETWEEN $2 AND $3 AND kind <> 'REVERSAL'
              AND record_level <> 'DISTRICT') x ${GROUPS}`,
  // Declarations and registrations by the day of the act (amended ones are replaced by their amendment).
  `SELECT ${PERIOD_COLUMNS}, count(*) AS declarations,
          count(*) FILTER (WHERE status = 'APPROVED') AS declarations_approved
     FROM (SELECT status, ${monthOf('acted_on')} FROM declaration
            WHERE village_id = $1 AND acted_on BETWEEN $2 AND $3 AND status <> 'AMENDED') x ${GROUPS}`,
  // Objections by the day raised; late: answered after the due day, or still open past it.
  `SELECT ${PERIOD_COLUMNS}, count(*) AS objections_raised,
          count(*) FILTER (WHERE status = 'UPHELD') AS objections_upheld,
          count(*) FILTER (WHERE answered_on > answer_due_on OR (answered_on IS NULL AND answer_due_on < $4)) AS objections_late
     FROM (SELECT status, answered_on, answer_due_on, ${monthOf('raised_on')} FROM objection
            WHERE village_id = $1 AND raised_on BETWEEN $2 AND $3) x ${GROUPS}`,
  // Redeemable points (as the fund's figures count them: pointsFigures).
  `SELECT ${PERIOD_COLUMNS},
          coalesce(sum(points) FILTER (WHERE kind = 'EARN'), 0) AS points_issued,
          coalesce(-sum(points) FILTER (WHERE kind IN ('SPEND', 'RELEASE')), 0) AS points_redeemed,
          coalesce(-sum(points) FILTER (WHERE kind = 'EXPIRE'), 0) AS points_expired
     FROM (SELECT kind, points, ${monthOf('occurred_on')} FROM points_movement
            WHERE village_id = $1 AND occurred_on BETWEEN $2 AND $3) x ${GROUPS}`,
  // Value in yuan of what shops gave out, by the day of pickup (refunded ones excluded).
  `SELECT ${PERIOD_COLUMNS}, coalesce(sum(value_yuan), 0) AS supermarket_value
     FROM (SELECT r.value_yuan, ${monthOf("(e.created_at AT TIME ZONE 'Asia/Shanghai')::date")}
             FROM redemption r JOIN redemption_event e ON e.redemption_id = r.id AND e.step = 'PICKUP'
            WHERE r.village_id = $1 AND r.status = 'PICKED_UP'
              AND (e.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2 AND $3) x ${GROUPS}`,
  // Outcome records by the day they happened: only the current ones (nothing corrects them, not withdrawn).
  `SELECT ${PERIOD_COLUMNS}, ${OUTCOME_SUMS}
     FROM (SELECT kind, amount_yuan, complaint_count, agriculture, ${monthOf('occurred_on')} FROM outcome_record o
            WHERE village_id = $1 AND occurred_on BETWEEN $2 AND $3 AND ${CURRENT_OUTCOME}) x ${GROUPS}`,
];

/** Each quarter's and the year's latest tally (once tallied, the lines are frozen). */
const TALLY_QUERY = `
  SELECT p.kind, p.number,
         sum(l.credit_score) AS credit_score_sum, count(l.id) AS credit_score_count,
         coalesce(sum(l.role_duty_score), 0) AS role_duty_score_sum, count(l.role_duty_score) AS role_duty_score_count,
         ${[0, 1, 2, 3, 4, 5]
           .map(
             (n) =>
               `count(*) FILTER (WHERE p.kind = 'YEAR' AND (l.evaluation->>'stars')::int = ${n}) AS stars_${n}`,
           )
           .join(',\n         ')}
    FROM scoring_period p
    JOIN LATERAL (SELECT t.id FROM score_tally t WHERE t.period_id = p.id ORDER BY t.version DESC LIMIT 1) t ON true
    JOIN score_tally_line l ON l.tally_id = t.id AND l.village_id = p.village_id
   WHERE p.village_id = $1 AND p.year = $2 AND p.kind IN ('QUARTER', 'YEAR')
   GROUP BY p.kind, p.number`;

const SNAPSHOT_QUERY = `
  SELECT 'YEAR' AS kind, 1 AS number,
    (SELECT count(*) FROM resident r WHERE r.village_id = $1 AND r.status = 'ACTIVE') AS residents,
    (SELECT count(*) FROM resident r WHERE r.village_id = $1 AND r.status = 'ACTIVE' AND EXISTS (
       SELECT 1 FROM contract c WHERE c.village_id = $1 AND c.year = $2 AND c.status = 'SIGNED'
          AND (c.resident_id = r.id OR (c.household_id IS NOT NULL AND c.household_id = r.household_id)))) AS contract_residents,
    (SELECT count(*) FROM honour_nomination h WHERE h.village_id = $1 AND h.year = $2 AND h.status = 'PUBLISHED') AS honours,
    (SELECT count(*) FROM constraint_case k WHERE k.village_id = $1 AND k.year = $2 AND k.kind = 'RECTIFICATION' AND k.outcome IS NULL) AS open_rectification,
    (SELECT count(*) FROM constraint_case k WHERE k.village_id = $1 AND k.year = $2 AND k.kind = 'MENTORING' AND k.outcome IS NULL) AS open_mentoring`;

export async function villageYearFigures(
  tx: TenantTx,
  villageId: string,
  year: number,
  today: string,
): Promise<FigureRow[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const values = new Map<string, number>();
  const key = (kind: string, number: number, figure: string) => `${kind}|${number}|${figure}`;
  const take = (rows: Row[]) => {
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (column === 'kind' || column === 'number') continue;
        values.set(key(row.kind, Number(row.number), column), Number(value ?? 0));
      }
    }
  };
  // Each statement gets the parameters it names ($1 village, $2–$3 the year's days, $4 today).
  const params = [villageId, from, to, today];
  const used = (sql: string) =>
    params.slice(0, Math.max(...[...sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1]))));
  for (const sql of FLOW_QUERIES) take((await tx.query(sql, used(sql))) as Row[]);
  take((await tx.query(TALLY_QUERY, [villageId, year])) as Row[]);
  take((await tx.query(SNAPSHOT_QUERY, [villageId, year])) as Row[]);
  // Every figure of every period is written, zeros included, so a figure that fell to 0 is updated too.
  return periodsOfYear().flatMap(({ kind, number }) =>
    BASE_FIGURES.map((figure: BaseFigure) => ({
      kind,
      number,
      figure,
      value: values.get(key(kind, number, figure)) ?? 0,
    })),
  );
}

/**
 * What a village's figures depend on, in one cheap statement (row counts and the chains' heads, each an
 * index lookup by village): when it equals the last run's, the village is skipped (the watermark).
 */
export const FINGERPRINT_QUERY = `
  SELECT concat_ws('|',
    (SELECT coalesce(max(seq), 0) FROM ledger_entry WHERE village_id = $1),
    (SELECT count(*) FROM declaration WHERE village_id = $1),
    (SELECT count(*) FROM declaration_review WHERE village_id = $1),
    (SELECT count(*) || ':' || count(answered_on) FROM objection WHERE village_id = $1),
    (SELECT count(*) FROM score_tally WHERE village_id = $1),
    (SELECT count(*) || ':' || count(*) FILTER (WHERE status = 'FINAL') FROM scoring_period WHERE village_id = $1),
    (SELECT coalesce(max(seq), 0) FROM points_movement WHERE village_id = $1),
    (SELECT count(*) FROM redemption_event WHERE village_id = $1),
    (SELECT count(*) || ':' || count(signed_on) || ':' || count(terminated_on) FROM contract WHERE village_id = $1),
    (SELECT count(*) FROM resident WHERE village_id = $1 AND status = 'ACTIVE'),
    (SELECT count(*) FROM honour_event WHERE village_id = $1),
    (SELECT count(*) || ':' || count(outcome) FROM constraint_case WHERE village_id = $1),
    (SELECT count(*) FROM meeting_attendance WHERE village_id = $1),
    (SELECT count(*) || ':' || count(declaration_id) FROM volunteer_participation WHERE village_id = $1),
    (SELECT count(*) FROM outcome_record WHERE village_id = $1),
    $2::text) AS fingerprint`;
