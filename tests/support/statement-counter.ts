import type { INestApplication } from '@nestjs/common';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';

type ClientQuery = Client['query'];

export interface StatementCounter {
  /** The SQL texts the app's pool sent to PostgreSQL while `work` ran (one entry per round trip). */
  during(work: () => Promise<unknown>): Promise<string[]>;
  /** Puts the driver back as it was. */
  restore(): void;
}

/**
 * Counts what the app sends to PostgreSQL by wrapping `query` of the pg client class its TypeORM driver
 * loaded (the pool's connections are instances of it). Test-only: the product is not touched. Every
 * call is one statement on the wire, BEGIN and COMMIT included, which is what a request waits for.
 */
export function countStatements(app: INestApplication): StatementCounter {
  const driver = app.get(DataSource).driver as unknown as { postgres: { Client: typeof Client } };
  const prototype = driver.postgres.Client.prototype;
  const original: ClientQuery = prototype.query;
  let seen: string[] | null = null;
  const counting = function (this: Client, ...args: unknown[]) {
    seen?.push(sqlText(args[0]));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  prototype.query = counting as unknown as ClientQuery;
  return {
    async during(work) {
      const statements: string[] = [];
      seen = statements;
      try {
        await work();
      } finally {
        seen = null;
      }
      return statements;
    },
    restore() {
      prototype.query = original;
    },
  };
}

function sqlText(config: unknown): string {
  const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : String(config);
}
