import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { permissionsOf, UnauthenticatedException } from '@village/platform-common';
import {
  applyScope,
  OrgLevel,
  OrgUnitEntity,
  RequestContext,
  scopeOfUnits,
  TenantDb,
  type Grant,
  type OrgRef,
} from '@village/platform-tenancy';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';
import { TokenService } from '../login/token.service';

/**
 * Turns a bearer token into a RequestContext. Roles are read fresh on every request, so a revoked role
 * or a disabled account takes effect at once rather than when the token expires.
 */
@Injectable()
export class ContextLoader {
  constructor(
    private readonly db: TenantDb,
    private readonly tokens: TokenService,
  ) {}

  async fromAuthorizationHeader(
    header: string | undefined,
    clientIp: string | null,
  ): Promise<RequestContext> {
    if (!header) return RequestContext.anonymous(clientIp);
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedException('Authorization 头格式应为 “Bearer <令牌>”');
    const claims = this.tokens.verify(match[1]);
    return this.forUserId(claims.sub, clientIp);
  }

  /**
   * The context of a user by id, with their current role grants: what a request of theirs would get.
   * Also for trusted start-up work acting as a named user (the demo's replayed year).
   */
  forUserId(userId: string, clientIp: string | null = null): Promise<RequestContext> {
    return this.db.runAsUser(userId, async (tx) => {
      const user = await tx.findOne(UserEntity, { where: { id: userId } });
      if (!user || user.disabledAt) throw new UnauthenticatedException('账号不存在或已停用，请重新登录');
      const assignments = await tx.find(RoleAssignmentEntity, {
        where: { userId: user.id, revokedAt: IsNull() },
        order: { grantedAt: 'ASC' },
      });
      // The units themselves are only visible once the scope they define is in force.
      const provisional: OrgRef[] = assignments.map((a) => ({
        id: a.orgUnitId,
        level: a.villageId ? OrgLevel.VILLAGE : a.townId ? OrgLevel.TOWN : OrgLevel.DISTRICT,
        name: '',
        districtId: a.districtId,
        townId: a.townId,
        villageId: a.villageId,
      }));
      await applyScope(tx, scopeOfUnits(provisional, user.id));
      const units = new Map(
        (await tx.findBy(OrgUnitEntity, { id: In(assignments.map((a) => a.orgUnitId)) })).map(
          (unit) => [unit.id, unit] as const,
        ),
      );
      const grants: Grant[] = assignments.flatMap((a) => {
        const unit = units.get(a.orgUnitId);
        return unit ? [{ role: a.role, permissions: permissionsOf(a.role), unit }] : [];
      });
      return RequestContext.forUser(
        { id: user.id, username: user.username, displayName: user.displayName },
        grants,
        clientIp,
      );
    });
  }
}
