import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnly,
  dropTenantTableRls,
  runStatements,
} from '@village/platform-db/migrations';

const TABLES = ['appraisal_rating', 'appraisal_sample_review', 'appraisal_sample_finding'];

/**
 * Year-end appraisal is village data. A rating is given once and never changed; the town's sample is
 * drawn once and each finding recorded once: all three tables are append-only (the app role may only
 * SELECT and INSERT, and a trigger refuses UPDATE, DELETE and TRUNCATE from anyone).
 */
export class AppraisalRls1795825728002 implements MigrationInterface {
  name = 'AppraisalRls1795825728002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(
      queryRunner,
      TABLES.flatMap((table) => appendOnlyTenantTable(table)),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(
      queryRunner,
      [...TABLES].reverse().flatMap((table) => [...dropAppendOnly(table), ...dropTenantTableRls(table)]),
    );
  }
}
