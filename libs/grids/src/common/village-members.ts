import { Brackets, In } from 'typeorm';
import { BadInputException, SubjectType } from '@village/platform-common';
import { type TenantTx } from '@village/platform-tenancy';
import { ResidentEntity, ResidentStatus, SubjectRoleEntity } from '@village/residents';

/**
 * The residents behind `ids`, all ACTIVE in `villageId`, in one query. Anyone else — unknown, out of
 * scope, of another village, moved out — is refused naming the field.
 */
export async function requireActiveResidents(
  tx: TenantTx,
  villageId: string,
  ids: readonly string[],
  field: string,
): Promise<Map<string, ResidentEntity>> {
  const unique = [...new Set(ids)];
  const found = unique.length ? await tx.find(ResidentEntity, { where: { id: In(unique), villageId } }) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const missing = unique.filter((id) => !byId.has(id));
  if (missing.length) throw BadInputException.field(field, `找不到本村村民：${missing.join('、')}`);
  const inactive = found.filter((r) => r.status !== ResidentStatus.ACTIVE);
  if (inactive.length) {
    throw BadInputException.field(
      field,
      `只能选择在村村民，以下人员不在村：${inactive.map((r) => r.name).join('、')}`,
    );
  }
  return byId;
}

/** Which of `ids` hold the subject role on `date` (a role's end date counts as its last day). */
export async function holdersOfRole(
  tx: TenantTx,
  ids: readonly string[],
  subjectType: SubjectType,
  date: string,
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx
    .createQueryBuilder(SubjectRoleEntity, 'role')
    .select('role.residentId', 'residentId')
    .where('role.residentId IN (:...ids)', { ids: [...new Set(ids)] })
    .andWhere('role.subjectType = :subjectType', { subjectType })
    .andWhere('role.startDate <= :date', { date })
    .andWhere(new Brackets((q) => q.where('role.endDate IS NULL').orWhere('role.endDate >= :date', { date })))
    .getRawMany<{ residentId: string }>();
  return new Set(rows.map((r) => r.residentId));
}

/** Residents by id, in one query, for resolving people on posts and teams without N+1. */
export async function residentsById(
  tx: TenantTx,
  ids: readonly string[],
): Promise<Map<string, ResidentEntity>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await tx.find(ResidentEntity, { where: { id: In(unique) } });
  return new Map(rows.map((r) => [r.id, r]));
}
