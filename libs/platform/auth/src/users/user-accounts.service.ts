import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { BadInputException, ConflictException, ROLE_LEVELS, type Role } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import {
  contextOf,
  TenantDb,
  type OrgUnitEntity,
  type RequestContext,
  type TenantTx,
} from '@village/platform-tenancy';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';
import { assertPasswordPolicy } from '../accounts/password-policy';
import { hashPassword } from '../login/password-hasher';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { UserEntity } from './user.entity';

export interface NewUserAccount {
  username: string;
  displayName: string;
  password: string;
  /** The unit that manages the account; the role is granted there. */
  homeUnit: OrgUnitEntity;
  role: Role;
  /** The password was set by an administrator (a staff account): it must be changed at first login. */
  mustChangePassword?: boolean;
}

/**
 * Creates login accounts with a first role at their home unit. The CALLER checks the permission that
 * fits its use (USER_MANAGE for user administration, RESIDENT_MANAGE for a resident's own login);
 * this service checks the account itself: username format and uniqueness, the password policy, role level.
 */
@Injectable()
export class UserAccountsService {
  constructor(
    private readonly db: TenantDb,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /** In the caller's transaction when given one (so a linked row is written with it), else in its own. */
  async createUser(at: RequestContext | TenantTx, account: NewUserAccount): Promise<UserEntity> {
    const ctx = contextOf(at);
    const username = account.username.trim();
    if (!/^[A-Za-z0-9._-]{3,64}$/.test(username)) {
      throw BadInputException.field('username', '用户名为 3–64 位字母、数字、点、下划线或连字符');
    }
    assertPasswordPolicy(this.config.passwordPolicy, account.password, username, 'password');
    const unit = account.homeUnit;
    if (!ROLE_LEVELS[account.role].includes(unit.level as 'DISTRICT' | 'TOWN' | 'VILLAGE')) {
      throw BadInputException.field('role', '该角色不能在此层级授予');
    }
    const passwordHash = await hashPassword(account.password, this.config.passwordHashCost);
    return this.db.run(at, async (tx) => {
      const tenant = { districtId: unit.districtId, townId: unit.townId, villageId: unit.villageId };
      const id = randomUUID();
      try {
        await tx.insert(UserEntity, {
          id,
          username,
          displayName: account.displayName,
          passwordHash,
          homeOrgUnitId: unit.id,
          ...tenant,
          createdBy: ctx.user?.id ?? null,
          mustChangePassword: account.mustChangePassword ?? false,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'uq_app_user_username')) {
          throw new ConflictException(`用户名 ${username} 已被使用`, [
            { field: 'username', reasons: ['用户名已被使用'] },
          ]);
        }
        throw error;
      }
      await tx.insert(RoleAssignmentEntity, {
        id: randomUUID(),
        userId: id,
        role: account.role,
        orgUnitId: unit.id,
        ...tenant,
        grantedBy: ctx.user?.id ?? null,
      });
      return tx.findOneOrFail(UserEntity, { where: { id } });
    });
  }
}
