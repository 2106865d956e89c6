import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { SubjectType, todayInChina } from '@village/platform-common';
import { SubjectRoleEntity } from '@village/residents';
import { contextOf, type TenantTx } from '@village/platform-tenancy';
import { addMonths, CASE_DEADLINE_MONTHS } from './case-dates';
import { CaseKind } from './case-enums';
import { ConstraintCaseEntity } from './constraint-case.entity';

export interface AbsenceCaseRequest {
  districtId: string;
  townId: string;
  villageId: string;
  residentId: string;
  residentName: string;
  year: number;
  basis: string;
}

/**
 * A rectification case for a representative with three consecutive unexcused absences from
 * representative meetings (DOMAIN.md §11; reporting's meetings call it in their own transaction). It
 * goes the way of a grade's case (RECTIFIED, or the seat ends and a by-election opens). Nothing is
 * opened when the person holds no representative seat now, or already has a rectification case that
 * year (one per kind, person and year). Returns the case opened, or null.
 */
export async function openAbsenceCase(
  tx: TenantTx,
  request: AbsenceCaseRequest,
): Promise<ConstraintCaseEntity | null> {
  const role = await tx.findOne(SubjectRoleEntity, {
    where: {
      villageId: request.villageId,
      residentId: request.residentId,
      subjectType: SubjectType.REPRESENTATIVE,
      endDate: IsNull(),
    },
    order: { startDate: 'DESC' },
  });
  if (!role) return null;
  const existing = await tx.findOne(ConstraintCaseEntity, {
    where: {
      villageId: request.villageId,
      year: request.year,
      kind: CaseKind.RECTIFICATION,
      residentId: request.residentId,
    },
  });
  if (existing) return null;
  const id = randomUUID();
  await tx.insert(ConstraintCaseEntity, {
    id,
    districtId: request.districtId,
    townId: request.townId,
    villageId: request.villageId,
    year: request.year,
    kind: CaseKind.RECTIFICATION,
    residentId: request.residentId,
    residentName: request.residentName,
    basis: request.basis.slice(0, 200),
    deadline: addMonths(todayInChina(), CASE_DEADLINE_MONTHS),
    roleId: role.id,
    mentorResidentId: null,
    outcome: null,
    outcomeText: null,
    outcomeOn: null,
    outcomeBy: null,
    createdBy: contextOf(tx).user?.id ?? null,
  });
  return tx.findOneByOrFail(ConstraintCaseEntity, { id });
}
