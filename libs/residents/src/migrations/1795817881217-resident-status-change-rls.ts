import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnlyTenantTable, dropTenantTableRls, runStatements } from '@village/platform-db/migrations';

/** Status history of residents: village data, and append-only (no UPDATE granted, triggers refuse it). */
export class ResidentStatusChangeRls1795817881217 implements MigrationInterface {
  name = 'ResidentStatusChangeRls1795817881217';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = 'resident_status_change';
    await runStatements(queryRunner, appendOnlyTenantTable(table));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = 'resident_status_change';
    await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
    await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    await runStatements(queryRunner, dropTenantTableRls(table));
  }
}
