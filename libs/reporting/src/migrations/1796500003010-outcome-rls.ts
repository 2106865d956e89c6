import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnlyTenantTable,
  runStatements,
} from '@village/platform-db/migrations';

/**
 * Outcome records under the standard forced policy (a village's rows in its scope, a town's own rows —
 * without a village — in the town's and the district's), append-only even for the owner: a correction
 * is a new row.
 */
export class OutcomeRls1796500003010 implements MigrationInterface {
  name = 'OutcomeRls1796500003010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, appendOnlyTenantTable('outcome_record'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, dropAppendOnlyTenantTable('outcome_record'));
  }
}
