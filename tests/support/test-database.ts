import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { appUrlFor, withDatabase, type DatabaseTarget } from '@village/platform-db';
import { testEnv } from './test-env';

export interface TestDatabase extends DatabaseTarget {
  name: string;
  /** Runs SQL as the admin (superuser) connection: for arranging and inspecting, never for the app. */
  adminQuery<T extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh database for one suite, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testEnv('serverUrl');
  const name = `village_t_${randomBytes(5).toString('hex')}`;
  const serverAdminUrl = withDatabase(serverUrl, 'postgres');
  await withAdmin(serverAdminUrl, async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${testEnv('templateDb')}`);
        return;
      } catch (error) {
        // Two suites copying the template at the same instant: PostgreSQL refuses one; try again.
        if (attempt >= 10 || (error as { code?: string }).code !== '55006') throw error;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  });
  const adminUrl = withDatabase(serverUrl, name);
  return {
    name,
    adminUrl,
    appUrl: appUrlFor(adminUrl, testEnv('appDbPassword')),
    adminQuery: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      withAdmin(adminUrl, async (client) => (await client.query<T>(sql, params)).rows),
    drop: () =>
      withAdmin(serverAdminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
