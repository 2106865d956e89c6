import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ManualLateEntryDays1795826755922 implements MigrationInterface {
  name = 'ManualLateEntryDays1795826755922';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "town_manual" ADD "late_entry_days" integer NOT NULL DEFAULT \'31\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "town_manual" DROP COLUMN "late_entry_days"');
  }
}
