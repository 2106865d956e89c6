import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12's act rules where they are decided and frozen: a declaration names the actor when the act
 * scores someone else (a beneficiary, with the declared relation); a ledger entry freezes the record
 * level and the direct judgement of its item, so a later change of the rulebook never changes them.
 */
export class LedgerActRules1796400000001 implements MigrationInterface {
  name = 'LedgerActRules1796400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "declaration" ADD "actor_resident_id" uuid');
    await queryRunner.query('ALTER TABLE "declaration" ADD "beneficiary_relation" character varying(8)');
    await queryRunner.query(
      `ALTER TABLE "ledger_entry" ADD "record_level" character varying(8) NOT NULL DEFAULT 'BOTH'`,
    );
    await queryRunner.query('ALTER TABLE "ledger_entry" ADD "judgement_grade" character varying(16)');
    await queryRunner.query('ALTER TABLE "ledger_entry" ADD "judgement_stars" integer');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ledger_entry" DROP COLUMN "judgement_stars"');
    await queryRunner.query('ALTER TABLE "ledger_entry" DROP COLUMN "judgement_grade"');
    await queryRunner.query('ALTER TABLE "ledger_entry" DROP COLUMN "record_level"');
    await queryRunner.query('ALTER TABLE "declaration" DROP COLUMN "beneficiary_relation"');
    await queryRunner.query('ALTER TABLE "declaration" DROP COLUMN "actor_resident_id"');
  }
}
