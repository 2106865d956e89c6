import { OrgLevel } from '../org/org-level.enum';
import type { TenantRef } from '../org/tenant-ref';
import type { RequestContext } from './request-context';

/** Records the unit owning a tenant row as the audit target of the request. */
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
