import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AuditOutcome } from '../audit/audit-log.entity';
import { AuditService } from '../audit/audit.service';

interface Tally {
  refused: number;
  first: Date;
  last: Date;
  clientIp: string | null;
  username: string;
}

/** How often the counted refusals are written. */
const FLUSH_MS = 10_000;

/**
 * Logins refused from the known blocks (no database work) are counted here and written to the audit
 * log as one RATE_LIMITED row per blocked key every few seconds (`detail.refusedAttempts`, first and
 * last), instead of one row each: a flood must not turn into a flood of audit rows and transactions.
 * The first refusal of each block went through the database and has its own row.
 */
@Injectable()
export class RefusalTally implements OnModuleDestroy {
  private readonly tallies = new Map<string, Tally>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly audit: AuditService) {}

  count(key: string, username: string, clientIp: string | null): void {
    const now = new Date();
    const tally = this.tallies.get(key);
    if (tally) {
      tally.refused += 1;
      tally.last = now;
    } else {
      this.tallies.set(key, { refused: 1, first: now, last: now, clientIp, username });
    }
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS).unref();
  }

  /** Writes what has been counted (also on shutdown, and for tests). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const tallies = [...this.tallies.entries()];
    this.tallies.clear();
    for (const [key, tally] of tallies) {
      await this.audit.record({
        operation: 'login',
        outcome: AuditOutcome.FAILURE,
        userId: null,
        // An address key covers many usernames: the row names the last one tried.
        username: tally.username,
        unit: null,
        clientIp: tally.clientIp,
        errorCode: 'RATE_LIMITED',
        detail: {
          blockedKey: key.startsWith('ip:') ? 'address' : 'username',
          refusedAttempts: tally.refused,
          first: tally.first.toISOString(),
          last: tally.last.toISOString(),
        },
      });
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.flush();
  }
}
