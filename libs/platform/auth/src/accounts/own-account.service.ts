import { Inject, Injectable } from '@nestjs/common';
import { BadInputException, UnauthenticatedException } from '@village/platform-common';
import { TenantDb, type RequestContext } from '@village/platform-tenancy';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';
import { AccountLockout } from '../login/account-lockout';
import { hashPassword, verifyPassword } from '../login/password-hasher';
import { TokenService, type IssuedToken } from '../login/token.service';
import { UserEntity } from '../users/user.entity';
import { retireTokens } from './managed-account';
import { assertPasswordPolicy } from './password-policy';

/** What every signed-in user does to their own account: change the password, sign out. */
@Injectable()
export class OwnAccountService {
  constructor(
    private readonly db: TenantDb,
    private readonly tokens: TokenService,
    private readonly lockout: AccountLockout,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /**
   * Checks the current password, applies the policy to the new one, and retires every token issued
   * before (other sessions included); the caller gets a fresh token, no longer bound to change it.
   */
  changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<IssuedToken> {
    const me = ctx.requireUser();
    return this.db.run(ctx, async (tx) => {
      const user = await tx.findOne(UserEntity, {
        where: { id: me.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new UnauthenticatedException();
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        // Counted like a wrong password at login, so a stolen token cannot be used to guess the
        // password: after the rollback (this operation fails), in a login transaction of its own.
        tx.afterRollback(async () => {
          await this.db.runAsLogin(user.username, (login) => this.lockout.recordFailure(login, user));
        });
        throw BadInputException.field('currentPassword', '当前密码不正确');
      }
      if (newPassword === currentPassword) {
        throw BadInputException.field('newPassword', '新密码不能与当前密码相同');
      }
      assertPasswordPolicy(this.config.passwordPolicy, newPassword, user.username, 'newPassword');
      const passwordHash = await hashPassword(newPassword, this.config.passwordHashCost);
      await tx.update(UserEntity, { id: user.id }, { passwordHash, mustChangePassword: false });
      await retireTokens(tx, user.id);
      return this.tokens.issue(await tx.findOneOrFail(UserEntity, { where: { id: user.id } }));
    });
  }

  /**
   * Signs out by raising the account's token version: this token and every other of the account stop
   * working. Chosen over a denylist of token ids: no table to grow and sweep, no second lookup per
   * request, and signing out everywhere is the safe reading of "sign out" on shared village computers.
   */
  logout(ctx: RequestContext): Promise<boolean> {
    const me = ctx.requireUser();
    return this.db.run(ctx, async (tx) => {
      await retireTokens(tx, me.id);
      return true;
    });
  }
}
