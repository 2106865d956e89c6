import { Inject, Injectable } from '@nestjs/common';
import { UnauthenticatedException } from '@village/platform-common';
import { TenantDb, type TenantTx } from '@village/platform-tenancy';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';
import { AuditOutcome } from '../audit/audit-log.entity';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { AccountLockedException } from './account-locked.exception';
import { AccountLockout, type Attempt } from './account-lockout';
import { LoginThrottle } from './login-throttle';
import { hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { RateLimitedException } from './rate-limited.exception';
import { RefusalTally } from './refusal-tally';
import { TokenService, type IssuedToken } from './token.service';

/** What the first, short transaction found out, before any hash is computed. */
type Precheck =
  | { kind: 'rate_limited'; until: Date; retryAfterSeconds: number }
  | { kind: 'unknown' }
  | { kind: 'disabled'; user: UserEntity }
  | { kind: 'locked'; user: UserEntity; until: Date }
  | { kind: 'candidate'; user: UserEntity };

/**
 * Password login. An attempt on an address or username this process already knows to be blocked is
 * refused at once, with no database work (KnownBlocks; counted for the audit log by RefusalTally).
 * Otherwise three steps, so no database connection is held while a password is hashed:
 * 1. one short login transaction checks and counts the throttles (per address and per username,
 *    refusing with RATE_LIMITED before any hashing) and reads the account;
 * 2. the password is verified off the event loop, outside any transaction (password-hasher.ts);
 * 3. a second short transaction records the outcome on the account (count, lock — AccountLockout),
 *    and on success upgrades an old hash and hands back the throttles' count.
 * Each step commits before any error is thrown, so a refused login still counts.
 */
@Injectable()
export class LoginService {
  private unknownUserHash?: Promise<string>;

  constructor(
    private readonly db: TenantDb,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly lockout: AccountLockout,
    private readonly refusals: RefusalTally,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  async login(username: string, password: string, clientIp: string | null): Promise<IssuedToken> {
    const known = this.throttle.knownBlock(username, clientIp);
    if (known) {
      this.refusals.count(known.key, username, clientIp);
      await this.delayRefusal();
      throw new RateLimitedException(known.until, known.retryAfterSeconds);
    }
    const attempt = await this.attempt(username, password, clientIp);
    const user = 'user' in attempt ? attempt.user : null;
    // A refusal by the throttles was audited in its own transaction already (see precheck).
    if (attempt.kind !== 'rate_limited') {
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
    }
    switch (attempt.kind) {
      case 'ok':
        return this.tokens.issue(attempt.user);
      case 'rate_limited':
        await this.delayRefusal();
        throw new RateLimitedException(attempt.until, attempt.retryAfterSeconds);
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

  private async attempt(
    username: string,
    password: string,
    clientIp: string | null,
  ): Promise<Attempt | Extract<Precheck, { kind: 'rate_limited' }>> {
    const pre = await this.db.runAsLogin(username, (tx) => this.precheck(tx, clientIp, username));
    switch (pre.kind) {
      case 'rate_limited':
      case 'disabled':
      case 'locked':
        return pre;
      case 'unknown':
        await verifyPassword(password, await this.dummyHash()); // the same work as a real check
        return { kind: 'unknown' };
    }
    const { user } = pre;
    const correct = await verifyPassword(password, user.passwordHash);
    const upgraded =
      correct && needsRehash(user.passwordHash, this.config.passwordHashCost)
        ? { from: user.passwordHash, to: await hashPassword(password, this.config.passwordHashCost) }
        : null;
    return this.db.runAsLogin(username, async (tx) => {
      const outcome = correct
        ? await this.lockout.recordSuccess(tx, user, upgraded)
        : await this.lockout.recordFailure(tx, user);
      if (outcome.kind === 'ok') await this.throttle.release(tx, clientIp);
      return outcome;
    });
  }

  private async precheck(tx: TenantTx, clientIp: string | null, username: string): Promise<Precheck> {
    const throttled = await this.throttle.take(tx, clientIp);
    if (throttled) {
      // Audited in this same transaction, which commits without waiting for the disk: a flood of
      // refusals must not hold the pool's connections on WAL flushes while other requests wait for
      // one. A crash may lose the last fraction of a second of these rows, never the counters' rules.
      await tx.query('SET LOCAL synchronous_commit TO off');
      await this.audit.recordIn(tx, 'login', AuditOutcome.FAILURE, {
        username,
        clientIp,
        errorCode: 'RATE_LIMITED',
        detail: { retryAfterSeconds: throttled.retryAfterSeconds },
      });
      return { kind: 'rate_limited', ...throttled };
    }
    const user = await tx.findOne(UserEntity, { where: { username } });
    if (!user) return { kind: 'unknown' };
    if (user.disabledAt) return { kind: 'disabled', user };
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      return { kind: 'locked', user, until: user.lockedUntil };
    }
    return { kind: 'candidate', user };
  }

  private delayRefusal(): Promise<void> {
    const ms = this.config.throttle.refusalDelayMs;
    return ms ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }

  private dummyHash(): Promise<string> {
    this.unknownUserHash ??= hashPassword('unknown-user', this.config.passwordHashCost);
    return this.unknownUserHash;
  }
}

function tenantOf(user: UserEntity) {
  return { districtId: user.districtId, townId: user.townId, villageId: user.villageId };
}
