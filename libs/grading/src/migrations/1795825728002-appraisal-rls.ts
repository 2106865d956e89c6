import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly, grantToApp, tenantTableRls } from '@village/platform-db/migrations';

const TABLES = ['appraisal_rating', 'appraisal_sample_review', 'appraisal_sample_finding'];

/**
 * Year-end appraisal is village data. A rating is given once and never changed; the town's sample is
 * drawn once and each finding recorded once: all three tables are append-only (the app role may only
 * SELECT and INSERT, and a trigger refuses UPDATE, DELETE and TRUNCATE from anyone).
 */
export class AppraisalRls1795825728002 implements MigrationInterface {
  name = 'AppraisalRls1795825728002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const sql of tenantTableRls(table)) await queryRunner.query(sql);
      await queryRunner.query(grantToApp(table, ['SELECT', 'INSERT']));
      for (const sql of appendOnly(table)) await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP POLICY ${table}_scope ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
