import { Inject, Injectable } from '@nestjs/common';
import type { TenantTx } from '@village/platform-tenancy';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config';
import { throttleAddress } from './client-address';
import { KnownBlocks } from './known-blocks';

export interface Throttled {
  until: Date;
  retryAfterSeconds: number;
}

/**
 * Failed-login counting per client address and per username, in the database so it holds across API
 * instances and under parallel attempts (the migration LoginThrottle1796133646242 has the rules). Runs
 * in the login transaction: the database takes the username from it, this side gives the address.
 */
@Injectable()
export class LoginThrottle {
  private readonly known = new KnownBlocks();

  constructor(@Inject(AUTH_CONFIG) private readonly config: AuthConfig) {}

  /** A block this process already knows of for this attempt: refuse it without asking the database. */
  knownBlock(username: string, clientIp: string | null): (Throttled & { key: string }) | null {
    return this.known.find([`ip:${throttleAddress(clientIp)}`, `user:${username.toLowerCase()}`]);
  }

  /** Forgets the known blocks (tests that reset the table). */
  forgetKnownBlocks(): void {
    this.known.clear();
  }

  /** Counts this attempt as a failure up front; null when it may go on, else how long to wait. */
  async take(tx: TenantTx, clientIp: string | null): Promise<Throttled | null> {
    const { windowSeconds, blockSeconds, perAddress, perUsername } = this.config.throttle;
    const rows = (await tx.query(
      `SELECT throttled_key, retry_after, throttled_until
         FROM public.app_login_throttle_take($1, $2, $3, $4, $5, $6, $7)`,
      [
        throttleAddress(clientIp),
        perAddress.maxFailures,
        perAddress.maxBlockSeconds,
        perUsername.maxFailures,
        perUsername.maxBlockSeconds,
        windowSeconds,
        blockSeconds,
      ],
    )) as { throttled_key: string; retry_after: number; throttled_until: Date }[];
    const [row] = rows;
    if (!row) return null;
    this.known.remember(row.throttled_key, row.throttled_until);
    return { until: row.throttled_until, retryAfterSeconds: Math.max(1, row.retry_after) };
  }

  /** A successful login was no failure: hands back what `take` counted. */
  async release(tx: TenantTx, clientIp: string | null): Promise<void> {
    await tx.query(`SELECT public.app_login_throttle_release($1)`, [throttleAddress(clientIp)]);
  }
}
