import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  GRANTABLE_ROLES,
  INCOMPATIBLE_ROLES,
  Permission,
  ROLE_LABELS,
  ROLE_LEVELS,
  Role,
} from '@village/platform-common';
import { covers, type Grant, type OrgRef, type RequestContext } from '@village/platform-tenancy';
import type { UserEntity } from '../users/user.entity';

/**
 * Who may give which role where, and whose account one may look after: the rules of GRANTABLE_ROLES
 * and INCOMPATIBLE_ROLES (libs/platform/common/src/access/grantable-roles.ts) applied to a caller.
 */

/** Whether one of the caller's roles may give `role` at `unit` (a unit that role covers). */
export function mayGrant(ctx: RequestContext, role: Role, unit: OrgRef): boolean {
  return ctx.grants.some(
    (g) => (GRANTABLE_ROLES[g.role as Role] ?? []).includes(role) && covers(g.unit, unit),
  );
}

/** `role` may be held at `unit`'s level at all (BAD_USER_INPUT), and the caller may give it there. */
export function assertMayGrant(ctx: RequestContext, role: Role, unit: OrgRef): void {
  if (!ROLE_LEVELS[role].includes(unit.level as 'DISTRICT' | 'TOWN' | 'VILLAGE')) {
    throw BadInputException.field('role', `${ROLE_LABELS[role]}不能在此层级授予`);
  }
  if (!mayGrant(ctx, role, unit)) {
    throw new ForbiddenException(`无权在「${unit.name}」授予或撤销${ROLE_LABELS[role]}角色`);
  }
}

/**
 * The caller may look after `target` (grant or revoke its roles, disable, reset, unlock): it is not
 * themself, its home unit is within a unit where they hold USER_MANAGE, and they could have given every
 * role it holds — so nobody manages a peer or a superior, or takes over an account by resetting its
 * password. `targetGrants` are all its live grants, also at units the caller cannot see.
 */
export function assertMayManage(
  ctx: RequestContext,
  target: UserEntity,
  targetGrants: readonly Grant[],
): void {
  if (target.id === ctx.requireUser().id) {
    throw new ForbiddenException(
      '不能为自己授予或撤销角色，也不能管理自己的账号（修改密码请用 changePassword）',
    );
  }
  ctx.assertCan(Permission.USER_MANAGE, target);
  const beyond = targetGrants.filter((g) => !mayGrant(ctx, g.role as Role, g.unit));
  if (beyond.length) {
    const roles = beyond.map((g) => `${g.unit.name}${ROLE_LABELS[g.role as Role]}`).join('、');
    throw new ForbiddenException(`该账号拥有您无权授予的角色（${roles}），您无权管理`);
  }
}

/** 三员分立: an auditor is never also an administrator, in either order of granting. */
export function assertCompatible(role: Role, held: readonly Grant[]): void {
  const clash = held.find((g) => INCOMPATIBLE_ROLES[role].includes(g.role as Role));
  if (clash) {
    throw new ConflictException(
      `三员分立：${ROLE_LABELS[role]}不能与${ROLE_LABELS[clash.role as Role]}由同一账号担任`,
      [{ field: 'role', reasons: [`该账号已是${clash.unit.name}${ROLE_LABELS[clash.role as Role]}`] }],
    );
  }
}
