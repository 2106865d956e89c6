import { Inject, Injectable } from '@nestjs/common';
import { BadInputException, notFound, Permission, Role } from '@village/platform-common';
import { OrgUnitEntity, TenantDb, type RequestContext } from '@village/platform-tenancy';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';
import { UserAccountsService } from '../users/user-accounts.service';
import { assertMayGrant } from './account-authority';
import { accountView, type ListedAccount } from './account-view';
import { oneTimePasswordFor } from './one-time-password';

export interface NewStaffAccount {
  unitId: string;
  role: Role;
  username: string;
  displayName: string;
  /** Left out: a one-time password is generated. Either way it must be changed at the first login. */
  password?: string | null;
}

export interface CreatedStaffAccount {
  account: ListedAccount;
  /** The generated password, returned this once; null when the administrator chose one. */
  oneTimePassword: string | null;
}

/**
 * New staff accounts (cadres, council members, scorers, grid leaders, auditors) at or below the
 * administrator's unit, with a first role there the administrator may give (GRANTABLE_ROLES). The
 * administrator knows the first password, so its owner must change it at the first login.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly db: TenantDb,
    private readonly accounts: UserAccountsService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  create(ctx: RequestContext, input: NewStaffAccount): Promise<CreatedStaffAccount> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: input.unitId } });
      if (!unit) throw notFound('unitId', '组织单元');
      ctx.auditTarget = unit;
      ctx.assertCan(Permission.USER_MANAGE, unit);
      if (input.role === Role.RESIDENT) {
        // A resident's login belongs to their record: opened there, linked to them (createResidentLogin).
        throw BadInputException.field('role', '村民账号请在村民档案中开通（createResidentLogin）');
      }
      assertMayGrant(ctx, input.role, unit);
      const generated = input.password
        ? null
        : oneTimePasswordFor(this.config.passwordPolicy, input.username);
      const user = await this.accounts.createUser(tx, {
        username: input.username,
        displayName: input.displayName,
        password: input.password || (generated as string),
        homeUnit: unit,
        role: input.role,
        mustChangePassword: true,
      });
      ctx.auditDetail = { userId: user.id, username: user.username, role: input.role };
      return { account: await accountView(tx, user.id), oneTimePassword: generated };
    });
  }
}
