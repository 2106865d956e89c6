import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account administration: when an account last signed in, the version its tokens must carry (raised to
 * retire every token issued before), whether its password is a one-time one still to be changed, and
 * one live grant of a role at a unit per account (parallel grants meet on this index).
 */
export class AccountState1796140000000 implements MigrationInterface {
  name = 'AccountState1796140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD "last_login_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_role_assignment_live" ON "role_assignment" ("user_id", "role", "org_unit_id") WHERE "revoked_at" IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_role_assignment_live"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "must_change_password"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "token_version"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "last_login_at"');
  }
}
