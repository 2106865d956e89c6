import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, tenantTableRls } from '@village/platform-db/migrations';

/** Residents, households, grids and subject roles: village data, scoped like every tenant table. */
export class ResidentsRls1795817586064 implements MigrationInterface {
  name = 'ResidentsRls1795817586064';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['resident', 'household', 'grid', 'subject_role']) {
      for (const sql of tenantTableRls(table)) await queryRunner.query(sql);
      await queryRunner.query(grantToApp(table, ['SELECT', 'INSERT', 'UPDATE']));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['resident', 'household', 'grid', 'subject_role']) {
      await queryRunner.query(`DROP POLICY ${table}_scope ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
