import { todayInChina } from '@village/platform-common';
import { NotFoundException } from '@village/platform-common';
import { OrgLevel, type OrgRef, type TenantTx } from '@village/platform-tenancy';
import { GridEntity } from '../grids/grid.entity';
import { HouseholdEntity } from '../households/household.entity';
import { ResidentEntity } from '../residents/resident.entity';

// Rows outside the caller's scope are invisible through row-level security: they are reported as
// missing, never as forbidden, so their existence does not leak.

export async function requireResident(
  tx: TenantTx,
  id: string,
  field = 'residentId',
  villageId?: string,
): Promise<ResidentEntity> {
  const resident = await tx.findOne(ResidentEntity, { where: { id } });
  if (!resident || (villageId && resident.villageId !== villageId)) {
    throw new NotFoundException(`${field}：找不到该村民，或您无权查看`);
  }
  return resident;
}

export async function requireHousehold(
  tx: TenantTx,
  id: string,
  field = 'householdId',
  villageId?: string,
): Promise<HouseholdEntity> {
  const household = await tx.findOne(HouseholdEntity, { where: { id } });
  if (!household || (villageId && household.villageId !== villageId)) {
    throw new NotFoundException(`${field}：本村找不到该户，或您无权查看`);
  }
  return household;
}

export async function requireGrid(
  tx: TenantTx,
  id: string,
  field = 'gridId',
  villageId?: string,
): Promise<GridEntity> {
  const grid = await tx.findOne(GridEntity, { where: { id } });
  if (!grid || (villageId && grid.villageId !== villageId)) {
    throw new NotFoundException(`${field}：本村找不到该网格，或您无权查看`);
  }
  return grid;
}

/** Escapes LIKE wildcards in a user's search text. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Today's civil date in China (the villages' calendar), not the server's UTC date. */
export function today(): string {
  return todayInChina();
}

/** The village a row belongs to, as the audit log records it (the unit id and its tenant columns). */
export function villageRef(row: { districtId: string; townId: string; villageId: string }): OrgRef {
  return {
    id: row.villageId,
    level: OrgLevel.VILLAGE,
    name: '',
    districtId: row.districtId,
    townId: row.townId,
    villageId: row.villageId,
  };
}
