import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ItemMilestones1796300000002 implements MigrationInterface {
  name = 'ItemMilestones1796300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "evaluation_item" ADD "milestone_sources" character varying(32) array',
    );
    await queryRunner.query('ALTER TABLE "evaluation_item" ADD "milestone_span" character varying(8)');
    await queryRunner.query('ALTER TABLE "evaluation_item" ADD "milestones" jsonb');
    await queryRunner.query('ALTER TABLE "town_item" ADD "milestone_sources" character varying(32) array');
    await queryRunner.query('ALTER TABLE "town_item" ADD "milestone_span" character varying(8)');
    await queryRunner.query('ALTER TABLE "town_item" ADD "milestones" jsonb');
    await queryRunner.query('ALTER TABLE "village_item" ADD "milestone_sources" character varying(32) array');
    await queryRunner.query('ALTER TABLE "village_item" ADD "milestone_span" character varying(8)');
    await queryRunner.query('ALTER TABLE "village_item" ADD "milestones" jsonb');
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" ADD "milestone_sources" character varying(32) array',
    );
    await queryRunner.query('ALTER TABLE "scoring_list_item" ADD "milestone_span" character varying(8)');
    await queryRunner.query('ALTER TABLE "scoring_list_item" ADD "milestones" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "milestones"');
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "milestone_span"');
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "milestone_sources"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "milestones"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "milestone_span"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "milestone_sources"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "milestones"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "milestone_span"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "milestone_sources"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "milestones"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "milestone_span"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "milestone_sources"');
  }
}
