import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'DISTRICT_ADMIN', 'TOWN_ADMIN', 'VILLAGE_ADMIN', 'CREDIT_COUNCIL', 'SCORER', 'GRID_LEADER', 'RESIDENT', 'AUDITOR', 'STORE_CLERK'`;

/** A member of the village affairs supervisory committee (村务监督委员会, issue 14) may be granted. */
export class SupervisorRole1796500003000 implements MigrationInterface {
  name = 'SupervisorRole1796500003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "role_assignment" DROP CONSTRAINT "ck_role_assignment_role"');
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "ck_role_assignment_role" CHECK ("role" IN (${BEFORE}, 'SUPERVISOR'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "role_assignment" DROP CONSTRAINT "ck_role_assignment_role"');
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "ck_role_assignment_role" CHECK ("role" IN (${BEFORE}))`,
    );
  }
}
