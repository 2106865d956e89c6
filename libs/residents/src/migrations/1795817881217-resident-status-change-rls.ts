import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly, grantToApp, tenantTableRls } from '@village/platform-db/migrations';

/** Status history of residents: village data, and append-only (no UPDATE granted, triggers refuse it). */
export class ResidentStatusChangeRls1795817881217 implements MigrationInterface {
  name = 'ResidentStatusChangeRls1795817881217';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = 'resident_status_change';
    for (const sql of tenantTableRls(table)) await queryRunner.query(sql);
    await queryRunner.query(grantToApp(table, ['SELECT', 'INSERT']));
    for (const sql of appendOnly(table)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = 'resident_status_change';
    await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
    await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    await queryRunner.query(`DROP POLICY ${table}_scope ON ${table}`);
    await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
  }
}
