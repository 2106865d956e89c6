import { Inject, Injectable } from '@nestjs/common';
import { OrgUnitEntity, TenantDb, type RequestContext, type TenantTx } from '@village/platform-tenancy';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';
import { hashPassword } from '../login/password-hasher';
import { UserEntity } from '../users/user.entity';
import { accountView, type ListedAccount } from './account-view';
import { lockManagedAccount, retireTokens } from './managed-account';
import { oneTimePasswordFor } from './one-time-password';

/**
 * What an administrator does to an account they may manage (assertMayManage): disable and re-enable,
 * unlock after wrong passwords, reset the password to a one-time one. Disabling and resetting retire the
 * account's tokens; unlocking does not (a lock only suspends them, see app_request_context).
 */
@Injectable()
export class AccountStateService {
  constructor(
    private readonly db: TenantDb,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  disable(ctx: RequestContext, userId: string): Promise<ListedAccount> {
    return this.change(ctx, userId, 'disable', async (tx, user) => {
      if (!user.disabledAt) await tx.update(UserEntity, { id: user.id }, { disabledAt: new Date() });
      // Also when already disabled: a token must not come back to life when it is enabled again.
      await retireTokens(tx, user.id);
    });
  }

  enable(ctx: RequestContext, userId: string): Promise<ListedAccount> {
    return this.change(ctx, userId, 'enable', async (tx, user) => {
      await tx.update(UserEntity, { id: user.id }, { disabledAt: null });
    });
  }

  unlock(ctx: RequestContext, userId: string): Promise<ListedAccount> {
    return this.change(ctx, userId, 'unlock', async (tx, user) => {
      ctx.auditDetail.lockedUntil = user.lockedUntil?.toISOString() ?? null;
      await tx.update(UserEntity, { id: user.id }, { failedLoginCount: 0, lockedUntil: null });
    });
  }

  /** A new one-time password, returned this once; the old one and every token stop working. */
  async resetPassword(
    ctx: RequestContext,
    userId: string,
  ): Promise<{ account: ListedAccount; oneTimePassword: string }> {
    let password = '';
    const account = await this.change(ctx, userId, 'resetPassword', async (tx, user) => {
      password = oneTimePasswordFor(this.config.passwordPolicy, user.username);
      const passwordHash = await hashPassword(password, this.config.passwordHashCost);
      // The lock goes too: a reset is how someone who forgot their password gets back in.
      await tx.update(
        UserEntity,
        { id: user.id },
        { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null },
      );
      await retireTokens(tx, user.id);
    });
    return { account, oneTimePassword: password };
  }

  private change(
    ctx: RequestContext,
    userId: string,
    action: string,
    work: (tx: TenantTx, user: UserEntity) => Promise<void>,
  ): Promise<ListedAccount> {
    return this.db.run(ctx, async (tx) => {
      const { user } = await lockManagedAccount(tx, userId);
      ctx.auditTarget = await tx.findOneOrFail(OrgUnitEntity, { where: { id: user.homeOrgUnitId } });
      ctx.auditDetail = { ...ctx.auditDetail, action, userId: user.id, username: user.username };
      await work(tx, user);
      return accountView(tx, user.id);
    });
  }
}
