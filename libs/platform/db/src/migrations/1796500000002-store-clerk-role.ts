import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'DISTRICT_ADMIN', 'TOWN_ADMIN', 'VILLAGE_ADMIN', 'CREDIT_COUNCIL', 'SCORER', 'GRID_LEADER', 'RESIDENT', 'AUDITOR'`;

/** The counter clerk of a credit supermarket or service centre (兑换点店员, issue 13) may be granted. */
export class StoreClerkRole1796500000002 implements MigrationInterface {
  name = 'StoreClerkRole1796500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "role_assignment" DROP CONSTRAINT "ck_role_assignment_role"');
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "ck_role_assignment_role" CHECK ("role" IN (${BEFORE}, 'STORE_CLERK'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "role_assignment" DROP CONSTRAINT "ck_role_assignment_role"');
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "ck_role_assignment_role" CHECK ("role" IN (${BEFORE}))`,
    );
  }
}
