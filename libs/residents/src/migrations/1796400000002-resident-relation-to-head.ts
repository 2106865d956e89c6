import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The household register's 与户主关系, so an act scored to a relative can be checked against it. */
export class ResidentRelationToHead1796400000002 implements MigrationInterface {
  name = 'ResidentRelationToHead1796400000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "resident" ADD "relation_to_head" character varying(8)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "resident" DROP COLUMN "relation_to_head"');
  }
}
