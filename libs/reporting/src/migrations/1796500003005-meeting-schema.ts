import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingSchema1796500003005 implements MigrationInterface {
  name = 'MeetingSchema1796500003005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "meeting_attendance" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "meeting_type" character varying(24) NOT NULL, "held_on" date NOT NULL, "resident_id" uuid NOT NULL, "resident_name" character varying(64) NOT NULL, "status" character varying(8) NOT NULL, "excuse_reason" character varying(200), "declaration_id" uuid, CONSTRAINT "uq_meeting_attendance" UNIQUE ("meeting_id", "resident_id"), CONSTRAINT "ck_meeting_attendance_excuse" CHECK ("status" <> \'EXCUSED\' OR length(btrim(coalesce("excuse_reason", \'\'))) > 0), CONSTRAINT "PK_1ece13054cdfcd65f8487e71267" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_meeting_attendance_village" ON "meeting_attendance"  ("village_id", "meeting_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_meeting_attendance_town" ON "meeting_attendance"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_meeting_attendance_tenant" ON "meeting_attendance"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "type" character varying(24) NOT NULL, "title" character varying(100) NOT NULL, "held_on" date NOT NULL, "place" character varying(100) NOT NULL, "agenda" character varying(1000) NOT NULL, "absence_item_code" character varying(32), "presence_item_code" character varying(32), "status" character varying(8) NOT NULL, "minutes" character varying(4000), "recorded_at" TIMESTAMP WITH TIME ZONE, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "ck_meeting_status" CHECK ("status" IN (\'PLANNED\', \'HELD\')), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_meeting_village" ON "meeting"  ("village_id", "held_on") ');
    await queryRunner.query('CREATE INDEX "ix_meeting_town" ON "meeting"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_meeting_tenant" ON "meeting"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_ae45f1f13067182a0a31906d187" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_bed6470b46ab621d4aa95a4ad8b" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_da86559b21b2abe085320b155dc" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "FK_da86559b21b2abe085320b155dc"');
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "FK_bed6470b46ab621d4aa95a4ad8b"');
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "FK_ae45f1f13067182a0a31906d187"');
    await queryRunner.query('DROP INDEX "public"."ix_meeting_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_meeting_town"');
    await queryRunner.query('DROP INDEX "public"."ix_meeting_village"');
    await queryRunner.query('DROP TABLE "meeting"');
    await queryRunner.query('DROP INDEX "public"."ix_meeting_attendance_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_meeting_attendance_town"');
    await queryRunner.query('DROP INDEX "public"."ix_meeting_attendance_village"');
    await queryRunner.query('DROP TABLE "meeting_attendance"');
  }
}
