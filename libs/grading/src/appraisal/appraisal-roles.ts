import type { TenantTx } from '@village/platform-tenancy';
import type { SubjectType } from '@village/platform-common';
import { APPRAISED_SUBJECTS } from './appraisal-enums';

export interface KeyRoleHolder {
  residentId: string;
  name: string;
  subjectType: SubjectType;
}

/** Key persons of a village in a year: holders of PARTY_MEMBER or REPRESENTATIVE on any day of it. */
export async function keyRoleHolders(
  tx: TenantTx,
  villageId: string,
  year: number,
): Promise<KeyRoleHolder[]> {
  return (await tx.query(
    `SELECT DISTINCT s.resident_id AS "residentId", r.name, s.subject_type AS "subjectType"
       FROM subject_role s JOIN resident r ON r.id = s.resident_id
      WHERE s.village_id = $1 AND s.subject_type = ANY($2)
        AND s.start_date <= make_date($3, 12, 31) AND (s.end_date IS NULL OR s.end_date >= make_date($3, 1, 1))
      ORDER BY "subjectType", r.name, "residentId"`,
    [villageId, [...APPRAISED_SUBJECTS], year],
  )) as KeyRoleHolder[];
}

/** Whether the resident held the subject type on any day of the year. */
export async function heldInYear(
  tx: TenantTx,
  residentId: string,
  subjectType: SubjectType,
  year: number,
): Promise<boolean> {
  const rows = (await tx.query(
    `SELECT 1 FROM subject_role
      WHERE resident_id = $1 AND subject_type = $2
        AND start_date <= make_date($3, 12, 31) AND (end_date IS NULL OR end_date >= make_date($3, 1, 1))
      LIMIT 1`,
    [residentId, subjectType, year],
  )) as unknown[];
  return rows.length > 0;
}

/** Whether the resident held the subject type on the given civil date. */
export async function heldOn(
  tx: TenantTx,
  residentId: string,
  subjectType: SubjectType,
  date: string,
): Promise<boolean> {
  const rows = (await tx.query(
    `SELECT 1 FROM subject_role
      WHERE resident_id = $1 AND subject_type = $2
        AND start_date <= $3::date AND (end_date IS NULL OR end_date >= $3::date)
      LIMIT 1`,
    [residentId, subjectType, date],
  )) as unknown[];
  return rows.length > 0;
}
