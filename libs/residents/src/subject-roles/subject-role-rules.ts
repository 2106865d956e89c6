import type { TenantTx } from '@village/platform-tenancy';
import { randomUUID } from 'node:crypto';
import {
  BadInputException,
  ConflictException,
  SUBJECT_TYPE_LABELS,
  SubjectType,
} from '@village/platform-common';
import type { ResidentEntity } from '../residents/resident.entity';
import { SubjectRoleEntity } from './subject-role.entity';

const OPEN_END = '9999-12-31';

export interface NewSubjectRole {
  subjectType: SubjectType;
  startDate: string;
  endDate: string | null;
  probationary: boolean;
  termEnd: string | null;
  representedHouseholdIds: string[];
}

/** Field-level checks that need no database: dates in order, type-specific fields on the right type. */
export function checkRoleFields(role: NewSubjectRole): void {
  if (role.endDate && role.endDate < role.startDate) {
    throw BadInputException.field('endDate', '结束日期不能早于起始日期');
  }
  if (role.probationary && role.subjectType !== SubjectType.PARTY_MEMBER) {
    throw BadInputException.field('probationary', '只有党员身份可以标记为预备党员');
  }
  const representative = role.subjectType === SubjectType.REPRESENTATIVE;
  if (!representative && (role.termEnd || role.representedHouseholdIds.length)) {
    throw BadInputException.field('termEnd', '任期和联系户只适用于村民代表');
  }
  if (role.termEnd && role.termEnd < role.startDate) {
    throw BadInputException.field('termEnd', '任期届满日期不能早于起始日期');
  }
}

/**
 * Adds a role after refusing an overlapping one of the same type (a person is not a party member
 * twice over the same days). The caller holds a lock on the resident row, so two requests cannot
 * both pass the check.
 */
export async function insertRole(
  tx: TenantTx,
  resident: ResidentEntity,
  role: NewSubjectRole,
  createdBy: string | null,
): Promise<SubjectRoleEntity> {
  checkRoleFields(role);
  const overlapping = await tx
    .createQueryBuilder(SubjectRoleEntity, 'sr')
    .where('sr.residentId = :residentId', { residentId: resident.id })
    .andWhere('sr.subjectType = :type', { type: role.subjectType })
    .andWhere('sr.startDate <= :end', { end: role.endDate ?? OPEN_END })
    .andWhere(`COALESCE(sr.endDate, '${OPEN_END}') >= :start`, { start: role.startDate })
    .getOne();
  if (overlapping) {
    throw new ConflictException(
      `${resident.name}在该期间已有${SUBJECT_TYPE_LABELS[role.subjectType]}身份（自 ${overlapping.startDate} 起）`,
      [{ field: 'subjectType', reasons: ['同类身份的期间重叠'] }],
    );
  }
  const entity: Omit<SubjectRoleEntity, 'createdAt'> = {
    id: randomUUID(),
    districtId: resident.districtId,
    townId: resident.townId,
    villageId: resident.villageId,
    residentId: resident.id,
    endReason: null,
    createdBy,
    ...role,
  };
  await tx.insert(SubjectRoleEntity, entity);
  return tx.findOneOrFail(SubjectRoleEntity, { where: { id: entity.id } });
}
