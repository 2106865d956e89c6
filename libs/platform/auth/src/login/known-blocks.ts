import type { Throttled } from './login-throttle';

/** Enough for a large flood from many addresses; beyond it the oldest entries go first. */
const MAX_ENTRIES = 10_000;

/**
 * The blocks this process has learnt from the database (login_throttle), so further attempts on a
 * blocked address or username are refused without a database round trip — a flood costs no more than
 * the HTTP request. Only ever a shortcut: the database decides every block, a block never shortens,
 * and an entry is dropped once it has ended. (A block cleared by hand in the database still holds
 * here until its end.)
 */
export class KnownBlocks {
  private readonly until = new Map<string, Date>();

  remember(key: string, until: Date): void {
    this.until.delete(key); // re-inserted last: the Map's order is the age
    this.until.set(key, until);
    if (this.until.size > MAX_ENTRIES) this.until.delete(this.until.keys().next().value as string);
  }

  /** The latest-ending live block among `keys`, if any. */
  find(keys: readonly string[], now = Date.now()): (Throttled & { key: string }) | null {
    let found: (Throttled & { key: string }) | null = null;
    for (const key of keys) {
      const until = this.until.get(key);
      if (!until) continue;
      if (until.getTime() <= now) {
        this.until.delete(key);
        continue;
      }
      if (!found || until > found.until) {
        found = { key, until, retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now) / 1000)) };
      }
    }
    return found;
  }

  clear(): void {
    this.until.clear();
  }
}
