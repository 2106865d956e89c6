import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivityPhotoSchema1796500003011 implements MigrationInterface {
  name = 'ActivityPhotoSchema1796500003011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "volunteer_activity_photo" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "activity_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(64) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character varying(64) NOT NULL, "content" bytea NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05a27874faed330a0aa79ee1ab2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_activity_photo_village" ON "volunteer_activity_photo"  ("village_id", "activity_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_activity_photo_town" ON "volunteer_activity_photo"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_volunteer_activity_photo_tenant" ON "volunteer_activity_photo"  ("district_id", "town_id", "village_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_activity_photo_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_activity_photo_town"');
    await queryRunner.query('DROP INDEX "public"."ix_volunteer_activity_photo_village"');
    await queryRunner.query('DROP TABLE "volunteer_activity_photo"');
  }
}
