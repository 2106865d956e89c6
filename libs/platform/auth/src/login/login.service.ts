import { Inject, Injectable } from '@nestjs/common';
import { UnauthenticatedException } from '@village/platform-common';
import { TenantDb, type TenantTx } from '@village/platform-tenancy';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';
import { AuditOutcome } from '../audit/audit-log.entity';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { AccountLockedException } from './account-locked.exception';
import { hashPassword, verifyPassword } from './password-hasher';
import { TokenService } from './token.service';

type Attempt =
  | { kind: 'ok'; user: UserEntity }
  | { kind: 'unknown' }
  | { kind: 'disabled'; user: UserEntity }
  | { kind: 'locked'; user: UserEntity; until: Date; justLocked: boolean }
  | { kind: 'wrong'; user: UserEntity; remaining: number };

/**
 * Password login with lockout. The attempt's bookkeeping (failed count, lock) commits in its own
 * transaction before any error is thrown, so a refused login still counts.
 */
@Injectable()
export class LoginService {
  private unknownUserHash?: Promise<string>;

  constructor(
    private readonly db: TenantDb,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  async login(username: string, password: string, clientIp: string | null): Promise<{ accessToken: string }> {
    const attempt = await this.db.runAsLogin(username, (tx) => this.attempt(tx, username, password));
    const user = 'user' in attempt ? attempt.user : null;
    await this.audit.record({
      operation: 'login',
      outcome: attempt.kind === 'ok' ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
      userId: user?.id ?? null,
      username,
      unit: user ? { id: user.homeOrgUnitId, ...tenantOf(user) } : null,
      clientIp,
      errorCode: attempt.kind === 'ok' ? null : attempt.kind.toUpperCase(),
      detail: attempt.kind === 'wrong' ? { remainingAttempts: attempt.remaining } : {},
    });
    switch (attempt.kind) {
      case 'ok':
        return { accessToken: this.tokens.sign({ sub: attempt.user.id, username: attempt.user.username }) };
      case 'locked':
        throw new AccountLockedException(attempt.until);
      case 'disabled':
        throw new UnauthenticatedException('该账号已停用，请联系管理员');
      case 'wrong':
        throw new UnauthenticatedException(`用户名或密码错误，再错 ${attempt.remaining} 次账号将被锁定`);
      default:
        throw new UnauthenticatedException('用户名或密码错误');
    }
  }

  private async attempt(tx: TenantTx, username: string, password: string): Promise<Attempt> {
    // FOR UPDATE serialises concurrent attempts on one account so none of them is lost.
    const user = await tx
      .createQueryBuilder(UserEntity, 'u')
      .where('u.username = :username', { username })
      .setLock('pessimistic_write')
      .getOne();
    if (!user) {
      await verifyPassword(password, await this.dummyHash()); // same work as a real check
      return { kind: 'unknown' };
    }
    if (user.disabledAt) return { kind: 'disabled', user };
    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) {
      return { kind: 'locked', user, until: user.lockedUntil, justLocked: false };
    }
    if (await verifyPassword(password, user.passwordHash)) {
      if (user.failedLoginCount || user.lockedUntil) {
        await tx.update(UserEntity, { id: user.id }, { failedLoginCount: 0, lockedUntil: null });
      }
      return { kind: 'ok', user };
    }
    // An expired lock starts a fresh count.
    const failed = (user.lockedUntil ? 0 : user.failedLoginCount) + 1;
    if (failed >= this.config.maxFailedLogins) {
      const until = new Date(now.getTime() + this.config.lockMinutes * 60_000);
      await tx.update(UserEntity, { id: user.id }, { failedLoginCount: 0, lockedUntil: until });
      return { kind: 'locked', user, until, justLocked: true };
    }
    await tx.update(UserEntity, { id: user.id }, { failedLoginCount: failed, lockedUntil: null });
    return { kind: 'wrong', user, remaining: this.config.maxFailedLogins - failed };
  }

  private dummyHash(): Promise<string> {
    this.unknownUserHash ??= hashPassword('unknown-user', this.config.bcryptRounds);
    return this.unknownUserHash;
  }
}

function tenantOf(user: UserEntity) {
  return { districtId: user.districtId, townId: user.townId, villageId: user.villageId };
}
