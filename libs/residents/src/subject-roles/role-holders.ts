import type { SubjectType } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';

/**
 * How many people of a village the register shows holding `subjectType` on `date` (a role's end date
 * is its last day). Read in the caller's transaction, so row-level security bounds it to what the
 * caller may see; the rulebook compares it with the representatives an assembly reports in office.
 * Residents' current status is not consulted: it says nothing about the day asked for, and leaving
 * office is recorded by ending the role.
 */
export async function countRoleHoldersOn(
  tx: TenantTx,
  villageId: string,
  subjectType: SubjectType,
  date: string,
): Promise<number> {
  const [row] = (await tx.query(
    `SELECT count(DISTINCT resident_id) AS n FROM subject_role
      WHERE village_id = $1 AND subject_type = $2
        AND start_date <= $3::date AND (end_date IS NULL OR end_date >= $3::date)`,
    [villageId, subjectType, date],
  )) as { n: string }[];
  return Number(row?.n ?? 0);
}
