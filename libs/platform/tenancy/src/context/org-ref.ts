import type { OrgLevel } from '../org/org-level.enum';
import type { TenantRef } from '../org/tenant-ref';

/** An org unit as far as access decisions need it. */
export interface OrgRef extends TenantRef {
  id: string;
  level: OrgLevel;
  name: string;
}

/** Whether `unit` is `target` or one of its ancestors. */
export function covers(unit: OrgRef, target: TenantRef): boolean {
  switch (unit.level) {
    case 'DISTRICT':
      return target.districtId === unit.id;
    case 'TOWN':
      return target.townId === unit.id;
    case 'VILLAGE':
      return target.villageId === unit.id;
    default:
      return false;
  }
}
