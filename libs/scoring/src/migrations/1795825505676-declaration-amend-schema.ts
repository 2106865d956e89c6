import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeclarationAmend1795825505676 implements MigrationInterface {
  name = 'DeclarationAmend1795825505676';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "declaration_review" ADD "amended_item_code" character varying(32)');
    await queryRunner.query('ALTER TABLE "declaration_review" ADD "amended_quantity" numeric(10,2)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "declaration_review" DROP COLUMN "amended_quantity"');
    await queryRunner.query('ALTER TABLE "declaration_review" DROP COLUMN "amended_item_code"');
  }
}
