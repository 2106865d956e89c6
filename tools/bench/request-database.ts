import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrateDatabase, startEmbeddedDatabase, withDatabase } from '@village/platform-db';
import { ALL_MIGRATIONS } from '../../apps/api/src/migrations';

export interface RequestBenchDatabase {
  /** Superuser URL of the bench database: what the product is started with (it connects as the app role). */
  adminUrl: string;
  /** Where it runs, for the report. */
  where: string;
  stop(): Promise<void>;
}

/**
 * A fresh, migrated bench database, on the given server or on an embedded PostgreSQL started in a
 * temporary folder. Migrated here with this checkout's migrations (the product started on it adds
 * nothing then), so an older build of the product can be measured on the same schema.
 */
export async function prepareBenchDatabase(options: {
  serverUrl: string | null;
  database: string;
  embeddedPort: number;
}): Promise<RequestBenchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.database)) {
    throw new Error(`BENCH_DATABASE=${options.database}: use a plain identifier`);
  }
  if (options.serverUrl) {
    const { serverUrl, database } = options;
    const adminUrl = await recreate(serverUrl, database);
    return { adminUrl, where: 'PostgreSQL at DATABASE_URL', stop: () => dropDatabase(serverUrl, database) };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'village-request-bench-'));
  chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as the `postgres` user and must reach it
  const server = await startEmbeddedDatabase({
    dataDir,
    port: options.embeddedPort,
    password: randomBytes(12).toString('base64url'),
  });
  try {
    const adminUrl = await recreate(server.url, options.database);
    return {
      adminUrl,
      where: 'embedded PostgreSQL',
      stop: async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function recreate(serverUrl: string, database: string): Promise<string> {
  await dropDatabase(serverUrl, database);
  await adminQuery(
    withDatabase(serverUrl, 'postgres'),
    `CREATE DATABASE ${database} ENCODING 'UTF8' TEMPLATE template0`,
  );
  const adminUrl = withDatabase(serverUrl, database);
  await migrateDatabase(adminUrl, ALL_MIGRATIONS);
  return adminUrl;
}

function dropDatabase(serverUrl: string, database: string): Promise<void> {
  return adminQuery(
    withDatabase(serverUrl, 'postgres'),
    `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`,
  ).then(() => undefined);
}

/** A superuser query on the bench database, for the ids the benchmark's variables name. */
export async function adminQuery<T extends Record<string, unknown>>(
  adminUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
