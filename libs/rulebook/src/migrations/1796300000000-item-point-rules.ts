import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ItemPointRules1796300000000 implements MigrationInterface {
  name = 'ItemPointRules1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "evaluation_item" ADD "point_levels" numeric(8,2) array');
    await queryRunner.query('ALTER TABLE "evaluation_item" ADD "amount_bands" jsonb');
    await queryRunner.query('ALTER TABLE "evaluation_item" ADD "rounding_step" numeric(8,2)');
    await queryRunner.query('ALTER TABLE "evaluation_item" ADD "rounding_mode" character varying(8)');
    await queryRunner.query('ALTER TABLE "evaluation_item" ADD "per_act_max" numeric(8,2)');
    await queryRunner.query('ALTER TABLE "evaluation_item" ADD "cap_group" character varying(32)');
    await queryRunner.query(
      'ALTER TABLE "evaluation_item" ADD "cap_mode" character varying(8) NOT NULL DEFAULT \'REFUSE\'',
    );
    await queryRunner.query('ALTER TABLE "town_item" ADD "point_levels" numeric(8,2) array');
    await queryRunner.query('ALTER TABLE "town_item" ADD "amount_bands" jsonb');
    await queryRunner.query('ALTER TABLE "town_item" ADD "rounding_step" numeric(8,2)');
    await queryRunner.query('ALTER TABLE "town_item" ADD "rounding_mode" character varying(8)');
    await queryRunner.query('ALTER TABLE "town_item" ADD "per_act_max" numeric(8,2)');
    await queryRunner.query('ALTER TABLE "town_item" ADD "cap_group" character varying(32)');
    await queryRunner.query(
      'ALTER TABLE "town_item" ADD "cap_mode" character varying(8) NOT NULL DEFAULT \'REFUSE\'',
    );
    await queryRunner.query('ALTER TABLE "village_item" ADD "point_levels" numeric(8,2) array');
    await queryRunner.query('ALTER TABLE "village_item" ADD "amount_bands" jsonb');
    await queryRunner.query('ALTER TABLE "village_item" ADD "rounding_step" numeric(8,2)');
    await queryRunner.query('ALTER TABLE "village_item" ADD "rounding_mode" character varying(8)');
    await queryRunner.query('ALTER TABLE "village_item" ADD "per_act_max" numeric(8,2)');
    await queryRunner.query('ALTER TABLE "village_item" ADD "cap_group" character varying(32)');
    await queryRunner.query(
      'ALTER TABLE "village_item" ADD "cap_mode" character varying(8) NOT NULL DEFAULT \'REFUSE\'',
    );
    await queryRunner.query('ALTER TABLE "scoring_list_item" ADD "point_levels" numeric(8,2) array');
    await queryRunner.query('ALTER TABLE "scoring_list_item" ADD "amount_bands" jsonb');
    await queryRunner.query('ALTER TABLE "scoring_list_item" ADD "rounding_step" numeric(8,2)');
    await queryRunner.query('ALTER TABLE "scoring_list_item" ADD "rounding_mode" character varying(8)');
    await queryRunner.query('ALTER TABLE "scoring_list_item" ADD "per_act_max" numeric(8,2)');
    await queryRunner.query('ALTER TABLE "scoring_list_item" ADD "cap_group" character varying(32)');
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" ADD "cap_mode" character varying(8) NOT NULL DEFAULT \'REFUSE\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "cap_mode"');
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "cap_group"');
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "per_act_max"');
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "rounding_mode"');
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "rounding_step"');
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "amount_bands"');
    await queryRunner.query('ALTER TABLE "scoring_list_item" DROP COLUMN "point_levels"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "cap_mode"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "cap_group"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "per_act_max"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "rounding_mode"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "rounding_step"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "amount_bands"');
    await queryRunner.query('ALTER TABLE "village_item" DROP COLUMN "point_levels"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "cap_mode"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "cap_group"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "per_act_max"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "rounding_mode"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "rounding_step"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "amount_bands"');
    await queryRunner.query('ALTER TABLE "town_item" DROP COLUMN "point_levels"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "cap_mode"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "cap_group"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "per_act_max"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "rounding_mode"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "rounding_step"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "amount_bands"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP COLUMN "point_levels"');
  }
}
