import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivitySchema1796500003007 implements MigrationInterface {
  name = 'ActivitySchema1796500003007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "volunteer_activity" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "title" character varying(100) NOT NULL, "organiser" character varying(64) NOT NULL, "place" character varying(100) NOT NULL, "description" character varying(1000) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "default_hours" numeric(5,1) NOT NULL, "item_code" character varying(32) NOT NULL, "check_in_code" character(6) NOT NULL, "status" character varying(8) NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "ck_volunteer_activity_window" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_f6d890f349fe62d8bc653ac0848" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_volunteer_activity_code" ON "volunteer_activity"  ("village_id", "check_in_code") WHERE "status" = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_activity_village" ON "volunteer_activity"  ("village_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_activity_town" ON "volunteer_activity"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_activity_tenant" ON "volunteer_activity"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "volunteer_participation" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "activity_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "resident_name" character varying(64) NOT NULL, "channel" character varying(12) NOT NULL, "held_on" date NOT NULL, "hours" numeric(5,1) NOT NULL, "declaration_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_volunteer_participation" UNIQUE ("activity_id", "resident_id"), CONSTRAINT "PK_80f4fb66d0a0220f2d5d4db5509" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_participation_village" ON "volunteer_participation"  ("village_id", "activity_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_participation_town" ON "volunteer_participation"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_participation_tenant" ON "volunteer_participation"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_activity" ADD CONSTRAINT "FK_5586a20778e11bf83f7807c1296" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_activity" ADD CONSTRAINT "FK_2db0a79ab906fac5f517a64c22b" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_activity" ADD CONSTRAINT "FK_fb024cba981b67ede20f13c8944" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "volunteer_activity" DROP CONSTRAINT "FK_fb024cba981b67ede20f13c8944"',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_activity" DROP CONSTRAINT "FK_2db0a79ab906fac5f517a64c22b"',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_activity" DROP CONSTRAINT "FK_5586a20778e11bf83f7807c1296"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_participation_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_participation_town"');
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_participation_village"');
    await queryRunner.query('DROP TABLE "volunteer_participation"');
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_activity_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_activity_town"');
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_activity_village"');
    await queryRunner.query('DROP INDEX "public"."uq_volunteer_activity_code"');
    await queryRunner.query('DROP TABLE "volunteer_activity"');
  }
}
