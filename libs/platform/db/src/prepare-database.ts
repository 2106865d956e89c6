import { ensureDatabaseExists, provisionRoles } from './provision-roles';
import { runMigrations } from './data-sources';
import { appUrlFor, type DatabaseTarget } from './database-urls';

/** Everything a database needs before the API can use it: the database, the roles, the migrations. */
export async function prepareDatabase(adminUrl: string, appPassword: string): Promise<DatabaseTarget> {
  await ensureDatabaseExists(adminUrl);
  await provisionRoles(adminUrl, appPassword);
  await runMigrations(adminUrl);
  return { adminUrl, appUrl: appUrlFor(adminUrl, appPassword) };
}
