import type { EntityManager } from 'typeorm';
import { ConflictException, NotFoundException } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import {
  ORG_LEVEL_LABELS,
  OrgLevel,
  OrgUnitEntity,
  type RequestContext,
  type TenantRef,
} from '@village/platform-tenancy';

/** Published rules are never edited in place: the error names what was refused and the way forward. */
export function publishedError(what: string): ConflictException {
  return new ConflictException(`${what}已发布（通过），不能修改；如需修改，请新建版本`);
}

export function notFound(field: string, what: string): NotFoundException {
  return new NotFoundException(`${field}：找不到该${what}，或您无权查看`);
}

/** Runs an insert or update, turning a duplicate item code into a CONFLICT naming the code. */
export async function uniqueCode<T>(code: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictException(`编码 ${code} 已被使用`, [
        { field: 'item.code', reasons: ['编码已被使用'] },
      ]);
    }
    throw error;
  }
}

/** A town or village the caller can see (its own, below it, or an ancestor by name); else NOT_FOUND. */
export async function requireVisibleUnit(
  em: EntityManager,
  id: string,
  level: OrgLevel,
  field: string,
): Promise<OrgUnitEntity> {
  const unit = await em.findOne(OrgUnitEntity, { where: { id, level } });
  if (!unit) throw notFound(field, ORG_LEVEL_LABELS[level]);
  return unit;
}

/** Records the unit owning a rulebook row as the audit target of the request. */
export function auditOwner(ctx: RequestContext, row: TenantRef, name: string): void {
  const level = row.villageId ? OrgLevel.VILLAGE : row.townId ? OrgLevel.TOWN : OrgLevel.DISTRICT;
  ctx.auditTarget = {
    id: row.villageId ?? row.townId ?? row.districtId,
    level,
    name,
    districtId: row.districtId,
    townId: row.townId,
    villageId: row.villageId,
  };
}
