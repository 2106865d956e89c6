import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['evaluation_item', 'town_item', 'village_item', 'scoring_list_item'];

/**
 * Issue 12's act rules on every kind of item (framework, town, village and the frozen list copy):
 * household members, beneficiaries, kinds, alternatives, validity by size, direct judgements with their
 * repair, and the record level.
 */
export class ItemActRules1796400000000 implements MigrationInterface {
  name = 'ItemActRules1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "household_members" boolean NOT NULL DEFAULT false`,
      );
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "beneficiary_relations" character varying(8) array`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" ADD "kind" character varying(32)`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "alternative_group" character varying(32)`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "validity_rules" jsonb`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "judgement_grade" character varying(16)`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "judgement_stars" integer`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "repair_points" numeric(8,2)`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "record_level" character varying(8) NOT NULL DEFAULT 'BOTH'`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      for (const column of [
        'record_level',
        'repair_points',
        'judgement_stars',
        'judgement_grade',
        'validity_rules',
        'alternative_group',
        'kind',
        'beneficiary_relations',
        'household_members',
      ]) {
        await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
      }
    }
  }
}
