import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantTableRls, runStatements, scopedTenantTable } from '@village/platform-db/migrations';

const TABLES = ['resident', 'household', 'grid', 'subject_role'];

/** Residents, households, grids and subject roles: village data, scoped like every tenant table. */
export class ResidentsRls1795817586064 implements MigrationInterface {
  name = 'ResidentsRls1795817586064';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(
      queryRunner,
      TABLES.flatMap((table) => scopedTenantTable(table, ['SELECT', 'INSERT', 'UPDATE'])),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(
      queryRunner,
      TABLES.flatMap((table) => dropTenantTableRls(table)),
    );
  }
}
