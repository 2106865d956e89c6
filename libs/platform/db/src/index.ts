export * from './database-roles';
export * from './database-urls';
export * from './embedded-database';
export * from './provision-roles';
export * from './data-sources';
export * from './prepare-database';
export { MIGRATIONS } from './migrations';
export * from './database.module';
export * from './postgres-errors';
