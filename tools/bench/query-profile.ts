import { Client } from 'pg';

interface Stat {
  count: number;
  ms: number;
}

/**
 * Times every statement node-postgres sends while active (the bench process only), grouped by the
 * statement's first words, so the report can say where a tally's time goes: how many queries per
 * village, time inside PostgreSQL (including the round trip) versus in Node (TypeORM, line building,
 * hashing). Exact for sequential runs; with concurrency the times overlap.
 */
export class QueryProfile {
  private readonly stats = new Map<string, Stat>();
  private restore: (() => void) | null = null;

  start(): void {
    const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    const stats = this.stats;
    // node-postgres runs one client's queries one after another (FIFO): a query queued behind another
    // (TypeORM's Promise.all on one transaction) starts when its predecessor finishes.
    const lastDone = new WeakMap<Client, number>();
    proto.query = function (this: Client, ...args: unknown[]) {
      const result = original.apply(this, args);
      if (!isPromise(result)) return result;
      const called = performance.now();
      const key = statementKey(args[0]);
      return result.finally(() => {
        const done = performance.now();
        const stat = stats.get(key) ?? { count: 0, ms: 0 };
        stat.count++;
        stat.ms += done - Math.max(called, lastDone.get(this) ?? 0);
        lastDone.set(this, done);
        stats.set(key, stat);
      });
    };
    this.restore = () => {
      proto.query = original;
    };
  }

  stop(): void {
    this.restore?.();
    this.restore = null;
  }

  get totals(): { queries: number; ms: number } {
    let queries = 0;
    let ms = 0;
    for (const s of this.stats.values()) {
      queries += s.count;
      ms += s.ms;
    }
    return { queries, ms };
  }

  /** The statements by total time, most expensive first. */
  top(limit = 12): { statement: string; count: number; ms: number }[] {
    return [...this.stats.entries()]
      .map(([statement, s]) => ({ statement, ...s }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, limit);
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function statementKey(query: unknown): string {
  const text = typeof query === 'string' ? query : ((query as { text?: string } | null)?.text ?? '?');
  return text.replace(/\s+/g, ' ').trim().slice(0, 90);
}
