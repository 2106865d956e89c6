// The migrations' own entry point (`@village/platform-db/migrations`): what every lib's migrations need,
// and nothing that loads Nest or a driver, so that test setup can migrate a database with no more than
// TypeORM's types behind it.
export { APP_ROLE, OWNER_ROLE } from '../database-roles';
export * from './rls-sql';
export * from './run-statements';
export * from './inline-sql';
export * from './guard-trigger-sql';
export type { MigrationList } from './migration-list';
export { PLATFORM_MIGRATIONS } from './index';
