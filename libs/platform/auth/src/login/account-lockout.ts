import { Inject, Injectable } from '@nestjs/common';
import type { TenantTx } from '@village/platform-tenancy';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';
import { UserEntity } from '../users/user.entity';

/** How one login attempt ended, as the audit log and the caller see it. */
export type Attempt =
  | { kind: 'ok'; user: UserEntity }
  | { kind: 'unknown' }
  | { kind: 'disabled'; user: UserEntity }
  | { kind: 'locked'; user: UserEntity; until: Date }
  | { kind: 'wrong'; user: UserEntity; remaining: number };

/**
 * The account's own count of wrong passwords in a row and its lock. `maxFailedLogins` in a row lock it
 * for `lockSeconds`; while locked nothing is checked or counted; each wrong password after a lock ends
 * locks it again for twice as long, up to `maxLockSeconds`; the right password after a lock has ended
 * clears it all. So a lock is short at first and never longer than the cap, and its owner gets in the
 * moment it ends.
 */
@Injectable()
export class AccountLockout {
  constructor(@Inject(AUTH_CONFIG) private readonly config: AuthConfig) {}

  /**
   * The password matched the hash read before it was checked. Writes the reset and, if asked, the
   * upgraded hash — unless the account was disabled or its password changed in the meantime.
   */
  async recordSuccess(
    tx: TenantTx,
    checked: UserEntity,
    upgraded: { from: string; to: string } | null,
  ): Promise<Attempt> {
    const user = await this.lockRow(tx, checked.id);
    if (!user || user.passwordHash !== checked.passwordHash) return { kind: 'unknown' };
    if (user.disabledAt) return { kind: 'disabled', user };
    // The last login is shown to administrators (users); written with the reset in the same statement.
    const changes: Partial<UserEntity> = { lastLoginAt: new Date() };
    if (user.failedLoginCount || user.lockedUntil)
      Object.assign(changes, { failedLoginCount: 0, lockedUntil: null });
    if (upgraded && upgraded.from === user.passwordHash) changes.passwordHash = upgraded.to;
    await tx.update(UserEntity, { id: user.id }, changes);
    return { kind: 'ok', user };
  }

  async recordFailure(tx: TenantTx, checked: UserEntity): Promise<Attempt> {
    const user = await this.lockRow(tx, checked.id);
    if (!user) return { kind: 'unknown' };
    if (user.disabledAt) return { kind: 'disabled', user };
    const failed = user.failedLoginCount + 1;
    const { maxFailedLogins, lockSeconds, maxLockSeconds } = this.config;
    if (failed < maxFailedLogins) {
      await tx.update(UserEntity, { id: user.id }, { failedLoginCount: failed });
      return { kind: 'wrong', user, remaining: maxFailedLogins - failed };
    }
    const seconds = Math.min(lockSeconds * 2 ** Math.min(failed - maxFailedLogins, 30), maxLockSeconds);
    // A parallel attempt may have locked it already: never shorten a lock.
    const until = new Date(Math.max(Date.now() + seconds * 1000, user.lockedUntil?.getTime() ?? 0));
    await tx.update(UserEntity, { id: user.id }, { failedLoginCount: failed, lockedUntil: until });
    return { kind: 'locked', user, until };
  }

  /** FOR UPDATE: parallel attempts on one account queue here, so no failure is lost. */
  private lockRow(tx: TenantTx, id: string): Promise<UserEntity | null> {
    return tx
      .createQueryBuilder(UserEntity, 'u')
      .where('u.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }
}
