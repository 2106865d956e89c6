import type { TenantTx } from '@village/platform-tenancy';
import type { FairnessPerson } from './fairness-groups';

/** The days a fairness view covers (both inclusive). */
export interface FairnessSpan {
  villageId: string;
  startsOn: string;
  endsOn: string;
}

/**
 * Who the groups count, one row each and never a name: every active resident, and anyone no longer
 * active who has a ledger entry or an objection in the period — so each deduction counted has its
 * person in the denominator. A deduction is a NORMAL ledger entry with negative points acted in the
 * period, on either track and at either record level; reversals are never deductions (a reversed
 * deduction still counts as made: who deducts is the question, and its reversal shows as an upheld
 * objection). Objections are those raised in the period against the resident's line. Age is whole
 * years at the period's last day.
 */
const PEOPLE_QUERY = `
  WITH deductions AS (
    SELECT resident_id, count(*) AS n, -sum(points) AS points
      FROM ledger_entry
     WHERE village_id = $1 AND acted_on BETWEEN $2 AND $3 AND kind = 'NORMAL' AND points < 0
     GROUP BY resident_id
  ), objections AS (
    SELECT subject_resident_id AS resident_id, count(*) AS raised,
           count(*) FILTER (WHERE status = 'UPHELD') AS upheld
      FROM objection
     WHERE village_id = $1 AND raised_on BETWEEN $2 AND $3
     GROUP BY subject_resident_id
  )
  SELECT r.id, r.grid_id, r.gender, extract(year FROM age($3::date, r.birth_date))::int AS age,
         coalesce(d.n, 0) AS deductions, coalesce(d.points, 0) AS deduction_points,
         coalesce(o.raised, 0) AS objections_raised, coalesce(o.upheld, 0) AS objections_upheld
    FROM resident r
    LEFT JOIN deductions d ON d.resident_id = r.id
    LEFT JOIN objections o ON o.resident_id = r.id
   WHERE r.village_id = $1
     AND (r.status = 'ACTIVE' OR o.resident_id IS NOT NULL OR EXISTS (
           SELECT 1 FROM ledger_entry e
            WHERE e.village_id = $1 AND e.resident_id = r.id AND e.acted_on BETWEEN $2 AND $3))`;

export async function fairnessPeople(
  tx: TenantTx,
  span: FairnessSpan,
  scores: ReadonlyMap<string, number>,
): Promise<FairnessPerson[]> {
  const rows = (await tx.query(PEOPLE_QUERY, [span.villageId, span.startsOn, span.endsOn])) as Record<
    string,
    string | number | null
  >[];
  return rows.map((r) => ({
    gridId: (r.grid_id as string | null) ?? null,
    gender: String(r.gender),
    age: Number(r.age),
    deductions: Number(r.deductions),
    deductionPoints: Number(r.deduction_points),
    objectionsRaised: Number(r.objections_raised),
    objectionsUpheld: Number(r.objections_upheld),
    creditScore: scores.get(String(r.id)) ?? null,
  }));
}

export async function villageGrids(tx: TenantTx, villageId: string): Promise<{ id: string; name: string }[]> {
  return (await tx.query('SELECT id, name FROM grid WHERE village_id = $1 ORDER BY code, id', [
    villageId,
  ])) as { id: string; name: string }[];
}

export interface ReviewerRow {
  accountId: string;
  /** Null when row-level security keeps the account from the caller. */
  displayName: string | null;
  entriesApproved: number;
  deductions: number;
  deductionPoints: number;
}

/**
 * Per reviewer: the NORMAL ledger entries acted in the period that they approved (reviewed_by), and
 * the deductions among them, with the account's display name (a cadre's; row-level security decides).
 */
export async function fairnessReviewers(tx: TenantTx, span: FairnessSpan): Promise<ReviewerRow[]> {
  const rows = (await tx.query(
    `SELECT e.reviewed_by AS account_id, u.display_name, count(*) AS entries,
            count(*) FILTER (WHERE e.points < 0) AS deductions,
            coalesce(-sum(e.points) FILTER (WHERE e.points < 0), 0) AS deduction_points
       FROM ledger_entry e
       LEFT JOIN app_user u ON u.id = e.reviewed_by
      WHERE e.village_id = $1 AND e.acted_on BETWEEN $2 AND $3 AND e.kind = 'NORMAL'
        AND e.reviewed_by IS NOT NULL
      GROUP BY e.reviewed_by, u.display_name
      ORDER BY count(*) DESC, e.reviewed_by`,
    [span.villageId, span.startsOn, span.endsOn],
  )) as Record<string, string | null>[];
  return rows.map((r) => ({
    accountId: String(r.account_id),
    displayName: r.display_name,
    entriesApproved: Number(r.entries),
    deductions: Number(r.deductions),
    deductionPoints: Number(r.deduction_points),
  }));
}
