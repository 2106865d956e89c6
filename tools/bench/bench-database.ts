import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLE, migrateDatabase, withDatabase } from '@village/platform-db';
import { ALL_MIGRATIONS } from '../../apps/api/src/migrations';

/** A login role for the benchmark's app pool; it acts as the app role, so RLS applies as in production. */
export const BENCH_LOGIN_ROLE = 'village_bench_login';

export interface BenchDatabase {
  /** Superuser connection: seeding, the SQL baseline, checks. */
  adminUrl: string;
  /** The application's view: logs in as BENCH_LOGIN_ROLE and switches to the app role at connect time. */
  appUrl: string;
}

/**
 * Drops and recreates the bench database, then runs the real role provisioning and migrations (forced
 * RLS, grants, triggers). The app role's password is cluster-wide and other processes (tests, a dev
 * server) log in with it, so it is left alone: the service connects through a member role of its own.
 */
export async function recreateBenchDatabase(serverUrl: string, name: string): Promise<BenchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE=${name}: use a plain identifier`);
  const serverAdmin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await serverAdmin.connect();
  const password = randomBytes(18).toString('base64url');
  try {
    await serverAdmin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await serverAdmin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await serverAdmin.end();
  }
  const adminUrl = withDatabase(serverUrl, name);
  await migrateDatabase(adminUrl, ALL_MIGRATIONS);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${BENCH_LOGIN_ROLE}') THEN
          CREATE ROLE ${BENCH_LOGIN_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        END IF;
      END $$`);
    await admin.query(`ALTER ROLE ${BENCH_LOGIN_ROLE} WITH LOGIN PASSWORD '${password}'`);
    await admin.query(`GRANT ${APP_ROLE} TO ${BENCH_LOGIN_ROLE}`);
    await admin.query(`GRANT CONNECT ON DATABASE ${name} TO ${BENCH_LOGIN_ROLE}`);
  } finally {
    await admin.end();
  }
  const app = new URL(adminUrl);
  app.username = BENCH_LOGIN_ROLE;
  app.password = password;
  return { adminUrl, appUrl: app.toString() };
}

/** A superuser client on the bench database for the duration of `work`. */
export async function withAdminClient<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
