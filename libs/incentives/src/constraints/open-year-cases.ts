import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { SubjectType, todayInChina } from '@village/platform-common';
import { finalYearResults, Grade, type FinalYearResult } from '@village/grading';
import { SubjectRoleEntity } from '@village/residents';
import { ScoringPeriodKind, ScoringPeriodStatus, type ScoringPeriodEntity } from '@village/scoring';
import { contextOf, type TenantTx } from '@village/platform-tenancy';
import { addMonths, CASE_DEADLINE_MONTHS } from './case-dates';
import { CaseKind } from './case-enums';
import { ConstraintCaseEntity } from './constraint-case.entity';
import { MentoringRuleEntity } from './mentoring-rule.entity';

/** Without a village rule, villagers with at most this many stars are mentored. */
export const DEFAULT_MENTORING_MAX_STARS = 1;

interface CaseToOpen {
  kind: CaseKind;
  result: FinalYearResult;
  basis: string;
  deadline: string;
  roleId: string | null;
}

/**
 * The negative constraints a FINAL year period opens (DOMAIN.md §11), in the caller's transaction:
 * a rectification case for each unqualified representative still in office, a handling record for each
 * unqualified party member, and a mentoring case for each of the lowest-ranked villagers (the village's
 * mentoring rule, else stars ≤ 1). A case already open for the same kind, person and year is left alone,
 * so calling this again (the listener, then the mutation) opens nothing twice. Returns what it opened.
 */
export async function openYearCases(
  tx: TenantTx,
  period: ScoringPeriodEntity,
): Promise<ConstraintCaseEntity[]> {
  if (period.kind !== ScoringPeriodKind.YEAR || period.status !== ScoringPeriodStatus.FINAL) return [];
  const final = await finalYearResults(tx, period.villageId, period.year);
  if (!final) return [];
  const today = todayInChina();
  const due = addMonths(today, CASE_DEADLINE_MONTHS);
  const results = [...final.results.values()];
  const toOpen: CaseToOpen[] = [];
  for (const result of results) {
    if (result.representativeGrade === Grade.UNQUALIFIED) {
      const role = await tx.findOne(SubjectRoleEntity, {
        where: {
          villageId: period.villageId,
          residentId: result.residentId,
          subjectType: SubjectType.REPRESENTATIVE,
          endDate: IsNull(),
        },
        order: { startDate: 'DESC' },
      });
      if (role) {
        toOpen.push({
          kind: CaseKind.RECTIFICATION,
          result,
          basis: `${period.year} 年度村民代表评定为不合格`,
          deadline: due,
          roleId: role.id,
        });
      }
    }
    if (result.partyMemberGrade === Grade.UNQUALIFIED) {
      toOpen.push({
        kind: CaseKind.PARTY_HANDLING,
        result,
        basis: `${period.year} 年度党员评定为不合格`,
        deadline: due,
        roleId: null,
      });
    }
  }
  const mentoringDue = `${period.year + 1}-12-31`;
  for (const result of await lowestRanked(tx, period.villageId, results)) {
    toOpen.push({
      kind: CaseKind.MENTORING,
      result,
      basis: `${period.year} 年度 ${result.stars ?? 0} 星，积分 ${result.creditScore}，排名第 ${result.rank}`,
      deadline: mentoringDue,
      roleId: null,
    });
  }

  const existing = await tx.find(ConstraintCaseEntity, {
    where: { villageId: period.villageId, year: period.year },
    select: { kind: true, residentId: true },
  });
  const taken = new Set(existing.map((c) => `${c.kind}:${c.residentId}`));
  const createdBy = contextOf(tx).user?.id ?? null;
  const opened: string[] = [];
  for (const c of toOpen) {
    if (taken.has(`${c.kind}:${c.result.residentId}`)) continue;
    const id = randomUUID();
    await tx.insert(ConstraintCaseEntity, {
      id,
      districtId: period.districtId,
      townId: period.townId,
      villageId: period.villageId,
      year: period.year,
      kind: c.kind,
      residentId: c.result.residentId,
      residentName: c.result.residentName,
      basis: c.basis,
      deadline: c.deadline,
      roleId: c.roleId,
      mentorResidentId: null,
      outcome: null,
      outcomeText: null,
      outcomeOn: null,
      outcomeBy: null,
      createdBy,
    });
    opened.push(id);
  }
  return opened.length ? tx.find(ConstraintCaseEntity, { where: opened.map((id) => ({ id })) }) : [];
}

/** The villagers the village's mentoring rule selects from the final year's results. */
async function lowestRanked(
  tx: TenantTx,
  villageId: string,
  results: FinalYearResult[],
): Promise<FinalYearResult[]> {
  const villagers = results.filter((r) => r.subjectTypes.includes(SubjectType.VILLAGER) && r.stars !== null);
  const rule = await tx.findOne(MentoringRuleEntity, { where: { villageId }, order: { createdAt: 'DESC' } });
  if (rule?.bottomPercent) {
    const count = Math.ceil((villagers.length * rule.bottomPercent) / 100);
    return [...villagers].sort((a, b) => a.creditScore - b.creditScore).slice(0, count);
  }
  const maxStars = rule?.maxStars ?? DEFAULT_MENTORING_MAX_STARS;
  return villagers.filter((r) => (r.stars ?? 0) <= maxStars);
}
