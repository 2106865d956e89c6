import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  dropTenantTableRls,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

const TABLES = ['village_figure', 'village_figure_watermark'];

/**
 * The roll-up and its watermark under the standard forced policy (STACK.md: roll-up tables, not
 * materialized views, which PostgreSQL does not cover by row-level security): a village reads its own
 * figures, a town its villages', a district all. Only the figures job writes them (insert or update in
 * place: a roll-up is derived, its history is the base tables').
 */
export class DashboardRls1796500003004 implements MigrationInterface {
  name = 'DashboardRls1796500003004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(
      queryRunner,
      TABLES.flatMap((table) => scopedTenantTable(table, ['SELECT', 'INSERT', 'UPDATE'])),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(
      queryRunner,
      [...TABLES]
        .reverse()
        .flatMap((table) => [`REVOKE ALL ON ${table} FROM ${APP_ROLE}`, ...dropTenantTableRls(table)]),
    );
  }
}
