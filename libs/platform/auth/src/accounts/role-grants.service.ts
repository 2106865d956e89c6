import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { notFound, type Role } from '@village/platform-common';
import { OrgUnitEntity, TenantDb, type RequestContext } from '@village/platform-tenancy';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { assertCompatible, assertMayGrant } from './account-authority';
import { lockManagedAccount, retireTokens } from './managed-account';

/**
 * Grants and revocations of roles by an administrator: only roles their own role may give
 * (GRANTABLE_ROLES), only at or below their unit, only to accounts they may manage (never their own),
 * and never an auditor's role beside an administrator's (三员分立). A revocation retires the account's
 * tokens. Rows are never deleted: revoking sets `revoked_at`.
 */
@Injectable()
export class RoleGrantsService {
  constructor(private readonly db: TenantDb) {}

  /** Idempotent: a live grant of the role at the unit is returned as it is (also to a parallel twin). */
  grant(
    ctx: RequestContext,
    input: { userId: string; role: Role; unitId: string },
  ): Promise<RoleAssignmentEntity> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: input.unitId } });
      if (!unit) throw notFound('unitId', '组织单元');
      ctx.auditTarget = unit;
      const { user, grants } = await lockManagedAccount(tx, input.userId);
      ctx.auditDetail = { userId: user.id, username: user.username, role: input.role };
      assertMayGrant(ctx, input.role, unit);
      assertCompatible(input.role, grants);
      // The account row is locked, so a parallel grant of the same role waits and then finds this one;
      // the partial unique index is the last word should anything reach the insert twice.
      await tx.query(
        `INSERT INTO role_assignment (id, user_id, role, org_unit_id, district_id, town_id, village_id, granted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (user_id, role, org_unit_id) WHERE revoked_at IS NULL DO NOTHING`,
        [
          randomUUID(),
          user.id,
          input.role,
          unit.id,
          unit.districtId,
          unit.townId,
          unit.villageId,
          ctx.requireUser().id,
        ],
      );
      return tx.findOneOrFail(RoleAssignmentEntity, {
        where: { userId: user.id, role: input.role, orgUnitId: unit.id, revokedAt: IsNull() },
        order: { grantedAt: 'DESC' },
        relations: { orgUnit: true },
      });
    });
  }

  /** Idempotent: an assignment revoked already is returned as it is. */
  revoke(ctx: RequestContext, assignmentId: string): Promise<RoleAssignmentEntity> {
    return this.db.run(ctx, async (tx) => {
      const found = await tx.findOne(RoleAssignmentEntity, {
        where: { id: assignmentId },
        relations: { orgUnit: true },
      });
      if (!found?.orgUnit) throw notFound('assignmentId', '角色授予记录');
      ctx.auditTarget = found.orgUnit;
      const { user } = await lockManagedAccount(tx, found.userId, 'assignmentId');
      ctx.auditDetail = { userId: user.id, username: user.username, role: found.role };
      assertMayGrant(ctx, found.role, found.orgUnit);
      if (!found.revokedAt) {
        await tx.update(
          RoleAssignmentEntity,
          { id: found.id },
          { revokedAt: new Date(), revokedBy: ctx.requireUser().id },
        );
        await retireTokens(tx, user.id);
      }
      return tx.findOneOrFail(RoleAssignmentEntity, {
        where: { id: found.id },
        relations: { orgUnit: true },
      });
    });
  }
}
