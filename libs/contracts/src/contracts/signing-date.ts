import { BadInputException, SUBJECT_TYPE_LABELS, type FieldError } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { COLOUR_SUBJECT, isHouseholdColour } from '../colour/contract-colour.enum';
import type { ContractEntity } from './contract.entity';
import { yearBounds } from './eligibility';

/**
 * When a contract of `year` may be signed: within its year, or in the month before it (villages sign
 * next year's contracts at the December meeting, as the yearly set-up does).
 */
export function signingWindow(year: number): { first: string; last: string } {
  return { first: `${year - 1}-12-01`, last: yearBounds(year).last };
}

/**
 * The signing date against the contract's year and the person's record: nobody signs a party member's
 * or representative's contract before they became one. `role` says when the signer's role of the
 * contract's colour began; null for household contracts, which have no such date.
 */
export function signingDateProblems(
  signedOn: string,
  year: number,
  role: { subjectLabel: string; startDate: string } | null,
): FieldError[] {
  const reasons: string[] = [];
  const { first, last } = signingWindow(year);
  if (signedOn < first || signedOn > last) {
    reasons.push(`${year} 年度契约的签订日期须在 ${first} 至 ${last} 之间（契约年度内或其前一个月）`);
  }
  if (role && signedOn < role.startDate) {
    reasons.push(`签订日期 ${signedOn} 早于签约人成为${role.subjectLabel}的日期 ${role.startDate}`);
  }
  return reasons.length ? [{ field: 'signedOn', reasons }] : [];
}

/**
 * When the signer's role behind the contract began: the earliest start among their roles of the
 * colour's subject type that reach into the signing window (an earlier, ended term does not count).
 * Resident rows carry no civil registration date (created_at is when they were typed in, often long
 * after they joined), so the role's start date is the person's record this check can rely on.
 */
async function roleStart(tx: TenantTx, contract: ContractEntity): Promise<string | null> {
  if (isHouseholdColour(contract.colour) || !contract.residentId) return null;
  const { first, last } = signingWindow(contract.year);
  const [row] = (await tx.query(
    `SELECT to_char(min(start_date), 'YYYY-MM-DD') AS start FROM subject_role
      WHERE resident_id = $1 AND subject_type = $2
        AND start_date <= $4::date AND (end_date IS NULL OR end_date >= $3::date)`,
    [contract.residentId, COLOUR_SUBJECT[contract.colour], first, last],
  )) as { start: string | null }[];
  return row?.start ?? null;
}

export async function assertSigningDate(tx: TenantTx, contract: ContractEntity, signedOn: string) {
  const start = await roleStart(tx, contract);
  const subjectLabel = SUBJECT_TYPE_LABELS[COLOUR_SUBJECT[contract.colour]];
  const problems = signingDateProblems(
    signedOn,
    contract.year,
    start ? { subjectLabel, startDate: start } : null,
  );
  if (problems.length) throw new BadInputException(problems);
}
