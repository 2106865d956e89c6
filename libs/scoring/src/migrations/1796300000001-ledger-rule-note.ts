import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerRuleNote1796300000001 implements MigrationInterface {
  name = 'LedgerRuleNote1796300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ledger_entry" ADD "rule_note" character varying(500)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ledger_entry" DROP COLUMN "rule_note"');
  }
}
