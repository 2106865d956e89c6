import { createMigrationDataSource, migrateDatabase } from '@village/platform-db';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../apps/api/src/migrations';

/**
 * What TypeORM would still change after all migrations ran: empty when entities and migrations agree.
 */
export async function pendingSchemaChanges(adminUrl: string): Promise<{ up: string[]; down: string[] }> {
  await migrateDatabase(adminUrl, ALL_MIGRATIONS); // never touches the app role's password
  const dataSource = createMigrationDataSource(adminUrl, ALL_MIGRATIONS, ALL_ENTITIES);
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query),
    };
  } finally {
    await dataSource.destroy();
  }
}
