import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoringListRepresentativesCountReason1796135495876 implements MigrationInterface {
  name = 'ScoringListRepresentativesCountReason1796135495876';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "scoring_list" ADD "representatives_count_reason" character varying(200)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "scoring_list" DROP COLUMN "representatives_count_reason"');
  }
}
