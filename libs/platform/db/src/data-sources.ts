import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { OWNER_ROLE } from './database-roles';
import type { MigrationList } from './migrations/migration-list';

export type { MigrationList };

type Entities = MixedList<string | (new () => unknown) | EntitySchema>;

/**
 * The migration connection: the admin URL acting as the owner role (`-c role=…` at connect time), so
 * every object the migrations create is owned by the owner role, never by the app role.
 */
export function createMigrationDataSource(
  adminUrl: string,
  migrations: MigrationList,
  entities: Entities = [],
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: adminUrl,
    entities,
    migrations: [...migrations],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: { max: 1, options: `-c role=${OWNER_ROLE}`, application_name: 'village-migrate' },
  });
}

/**
 * The API's pool, connected as the unprivileged app role. `statementTimeoutMs` (0: none) is PostgreSQL's
 * statement_timeout for every connection: a statement still running past a request's time budget is
 * cancelled rather than left holding its connection and locks.
 */
export function createAppDataSource(
  appUrl: string,
  entities: Entities,
  poolSize = 10,
  options: { statementTimeoutMs?: number } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: appUrl,
    entities,
    synchronize: false,
    migrationsRun: false,
    // TypeORM's failed-query log prints parameters (password hashes, encrypted ID numbers) and fires on
    // expected constraint violations; unexpected errors are logged by the GraphQL exception filter instead.
    logging: false,
    extra: {
      max: poolSize,
      application_name: 'village-api',
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}

/** Applies pending migrations as the owner role. */
export async function runMigrations(adminUrl: string, migrations: MigrationList): Promise<string[]> {
  const dataSource = createMigrationDataSource(adminUrl, migrations);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
