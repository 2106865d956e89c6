import { ForbiddenException, Role } from '@village/platform-common';
import { covers, type RequestContext, type TenantRef } from '@village/platform-tenancy';

/**
 * The office downloads (dashboard and residents workbooks, open data) are for staff accounts — every
 * role but RESIDENT, as createStaffAccount has it: a villager signs in to the phone app and reads
 * their own village's figures there, they do not take the office's files home. The permission still
 * has to be granted at the unit or above it, exactly as for the screen the file comes from.
 */
export function officeCan(ctx: RequestContext, permission: string, target: TenantRef): boolean {
  return ctx.grants.some(
    (g) => g.role !== Role.RESIDENT && g.permissions.has(permission) && covers(g.unit, target),
  );
}

export function assertOfficeCan(ctx: RequestContext, permission: string, target: TenantRef): void {
  if (!officeCan(ctx, permission, target)) {
    throw new ForbiddenException('只有干部账号可以导出本单位的数据（村民账号请在手机端查看）');
  }
}

/** A staff role with `permission` anywhere in the district (its rows then come under row-level security). */
export function officeInDistrict(ctx: RequestContext, permission: string, districtId: string): boolean {
  return ctx.grants.some(
    (g) => g.role !== Role.RESIDENT && g.permissions.has(permission) && g.unit.districtId === districtId,
  );
}
