import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformSchema1795816311130 implements MigrationInterface {
  name = 'PlatformSchema1795816311130';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "org_unit" ("id" uuid NOT NULL, "level" character varying(16) NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(64) NOT NULL, "parent_id" uuid, "district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_org_unit_district_code" UNIQUE ("district_id", "code"), CONSTRAINT "ck_org_unit_tenant_columns" CHECK (("level" = \'DISTRICT\' AND "district_id" = "id" AND "town_id" IS NULL AND "village_id" IS NULL AND "parent_id" IS NULL)\n   OR ("level" = \'TOWN\' AND "town_id" = "id" AND "village_id" IS NULL AND "parent_id" = "district_id")\n   OR ("level" = \'VILLAGE\' AND "village_id" = "id" AND "parent_id" = "town_id")), CONSTRAINT "ck_org_unit_level" CHECK ("level" IN (\'DISTRICT\', \'TOWN\', \'VILLAGE\')), CONSTRAINT "PK_ba1c59043dc14bb66023c1d07c7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_org_unit_parent" ON "org_unit"  ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_unit_village" ON "org_unit"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_unit_town" ON "org_unit"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_org_unit_tenant" ON "org_unit"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "user_id" uuid, "username" character varying(64), "operation" character varying(64) NOT NULL, "outcome" character varying(16) NOT NULL, "error_code" character varying(32), "org_unit_id" uuid, "district_id" uuid, "town_id" uuid, "village_id" uuid, "client_ip" character varying(64), "detail" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_village" ON "audit_log"  ("village_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_log_town" ON "audit_log"  ("town_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_tenant" ON "audit_log"  ("district_id", "town_id", "village_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL, "username" character varying(64) NOT NULL, "display_name" character varying(64) NOT NULL, "password_hash" character varying(100) NOT NULL, "home_org_unit_id" uuid NOT NULL, "district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "failed_login_count" integer NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_app_user_village" ON "app_user"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_app_user_town" ON "app_user"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_app_user_tenant" ON "app_user"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_app_user_username" ON "app_user"  ("username") ');
    await queryRunner.query(
      'CREATE TABLE "role_assignment" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "org_unit_id" uuid NOT NULL, "district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "granted_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, CONSTRAINT "ck_role_assignment_role" CHECK ("role" IN (\'DISTRICT_ADMIN\', \'TOWN_ADMIN\', \'VILLAGE_ADMIN\', \'CREDIT_COUNCIL\', \'SCORER\', \'GRID_LEADER\', \'RESIDENT\', \'AUDITOR\')), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_role_assignment_user" ON "role_assignment"  ("user_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_role_assignment_village" ON "role_assignment"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_role_assignment_town" ON "role_assignment"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_role_assignment_tenant" ON "role_assignment"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_parent" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_district" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_town" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_village" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_home_unit" FOREIGN KEY ("home_org_unit_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_district" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignment" ADD CONSTRAINT "fk_role_assignment_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_assignment" ADD CONSTRAINT "fk_role_assignment_unit" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "role_assignment" DROP CONSTRAINT "fk_role_assignment_unit"');
    await queryRunner.query('ALTER TABLE "role_assignment" DROP CONSTRAINT "fk_role_assignment_user"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_district"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_home_unit"');
    await queryRunner.query('ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_village"');
    await queryRunner.query('ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_town"');
    await queryRunner.query('ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_district"');
    await queryRunner.query('ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_parent"');
    await queryRunner.query('DROP INDEX "public"."ix_role_assignment_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_role_assignment_town"');
    await queryRunner.query('DROP INDEX "public"."ix_role_assignment_village"');
    await queryRunner.query('DROP INDEX "public"."ix_role_assignment_user"');
    await queryRunner.query('DROP TABLE "role_assignment"');
    await queryRunner.query('DROP INDEX "public"."uq_app_user_username"');
    await queryRunner.query('DROP INDEX "public"."ix_app_user_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_app_user_town"');
    await queryRunner.query('DROP INDEX "public"."ix_app_user_village"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_town"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_village"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP INDEX "public"."ix_org_unit_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_org_unit_town"');
    await queryRunner.query('DROP INDEX "public"."ix_org_unit_village"');
    await queryRunner.query('DROP INDEX "public"."ix_org_unit_parent"');
    await queryRunner.query('DROP TABLE "org_unit"');
  }
}
