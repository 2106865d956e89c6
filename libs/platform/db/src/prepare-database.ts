import { ensureDatabaseExists, provisionRoles } from './provision-roles';
import { runMigrations, type MigrationList } from './data-sources';
import { appUrlFor, type DatabaseTarget } from './database-urls';

/** Everything a database needs before the API can use it: the database, the roles, the migrations. */
export async function prepareDatabase(
  adminUrl: string,
  migrations: MigrationList,
  appPassword: string,
): Promise<DatabaseTarget> {
  await migrateDatabase(adminUrl, migrations, appPassword);
  return { adminUrl, appUrl: appUrlFor(adminUrl, appPassword) };
}

/**
 * The database, the roles and the migrations, leaving the app role's password alone unless given
 * (tools on scratch databases share the server's cluster-wide roles with running applications).
 */
export async function migrateDatabase(
  adminUrl: string,
  migrations: MigrationList,
  appPassword?: string,
): Promise<void> {
  await ensureDatabaseExists(adminUrl);
  await provisionRoles(adminUrl, appPassword);
  await runMigrations(adminUrl, migrations);
}
