import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['evaluation_item', 'town_item', 'village_item', 'scoring_list_item'];

/** Caps per household (issue 12.2): an item's caps may count the whole household's points. */
export class ItemCapByHousehold1796400000003 implements MigrationInterface {
  name = 'ItemCapByHousehold1796400000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "cap_by_household" boolean NOT NULL DEFAULT false`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "cap_by_household"`);
    }
  }
}
