export * from './database-roles';
export * from './database-urls';
export * from './embedded-database';
export * from './provision-roles';
export * from './data-sources';
export * from './prepare-database';
// The SQL helpers of migrations are in their own entry point, @village/platform-db/migrations.
export * from './database.module';
export * from './postgres-errors';
export * from './transaction/tx';
