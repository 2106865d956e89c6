import { Client } from 'pg';
import { APP_ROLE, OWNER_ROLE } from './database-roles';
import { databaseName } from './database-urls';

/**
 * Creates the owner and application roles if missing, sets the application role's password, and lets
 * the owner create objects in the public schema. Idempotent; runs before the migrations.
 * Without `appPassword` the password is left as it is: roles are cluster-wide, and a tool working on a
 * scratch database must not change the password the running application logs in with.
 */
export async function provisionRoles(adminUrl: string, appPassword?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const database = databaseName(adminUrl);
    await withRetry(() =>
      client.query(`
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN
            CREATE ROLE ${OWNER_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
            CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
          END IF;
        END $$;`),
    );
    if (appPassword !== undefined) {
      const { rows } = await client.query<{ sql: string }>(
        `SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', $1::text, $2::text) AS sql`,
        [APP_ROLE, appPassword],
      );
      await withRetry(() => client.query(rows[0].sql));
    }
    await client.query(`GRANT ${OWNER_ROLE} TO CURRENT_USER`).catch(() => undefined);
    await client.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${OWNER_ROLE}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await client.query(`GRANT CONNECT ON DATABASE "${database.replace(/"/g, '""')}" TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}

/** Concurrent catalog changes to the same role can fail with "tuple concurrently updated": try again. */
async function withRetry<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      const retryable = code === 'XX000' || code === '23505' || code === '42710';
      if (!retryable || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

/** Creates the database if it does not exist yet (connects to the server's `postgres` database). */
export async function ensureDatabaseExists(adminUrl: string): Promise<void> {
  const name = databaseName(adminUrl);
  const url = new URL(adminUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client
        .query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`)
        .catch((error) => {
          if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile
        });
    }
  } finally {
    await client.end();
  }
}
