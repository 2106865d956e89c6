import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HonourSchema1796500001000 implements MigrationInterface {
  name = 'HonourSchema1796500001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "honour_event" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "PK_1352740ec161576379365624c23" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_honour_event_village" ON "honour_event"  ("village_id", "nomination_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_honour_event_town" ON "honour_event"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_honour_event_tenant" ON "honour_event"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "honour_list" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "year" integer NOT NULL, "honour_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "uq_honour_list" UNIQUE ("town_id", "year"), CONSTRAINT "PK_f4da66f0e4f88ed15428d77a8c1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_honour_list_village" ON "honour_list"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_honour_list_town" ON "honour_list"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_honour_list_tenant" ON "honour_list"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "honour_type" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "name" character varying(60) NOT NULL, "subject_type" character varying(24) NOT NULL, "min_stars" integer, "min_grade" character varying(16), "max_per_village" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "uq_honour_type_name" UNIQUE ("district_id", "name"), CONSTRAINT "ck_honour_type_max" CHECK ("max_per_village" IS NULL OR "max_per_village" > 0), CONSTRAINT "ck_honour_type_stars" CHECK ("min_stars" IS NULL OR "min_stars" BETWEEN 0 AND 5), CONSTRAINT "PK_26ccd46de54711537bf5318438b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_honour_type_village" ON "honour_type"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_honour_type_town" ON "honour_type"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_honour_type_tenant" ON "honour_type"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "honour_nomination" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "honour_type_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "resident_name" character varying(60) NOT NULL, "year" integer NOT NULL, "reason" character varying(500) NOT NULL, "stars" integer, "grade" character varying(16), "status" character varying(16) NOT NULL, "decision_reason" character varying(500), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "list_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "uq_honour_nomination" UNIQUE ("village_id", "honour_type_id", "resident_id", "year"), CONSTRAINT "PK_436d309a9022317caae8e38ca0c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_honour_nomination_town" ON "honour_nomination"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_honour_nomination_tenant" ON "honour_nomination"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_event" ADD CONSTRAINT "FK_0f784f5bd87ebe97de3ef55ef42" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_event" ADD CONSTRAINT "FK_41826993dfd78a7e52c8cdd0a7a" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_event" ADD CONSTRAINT "FK_a45174d2ecadff9add89a0a6ddf" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_list" ADD CONSTRAINT "FK_ca1dde7299c7143fba0d2b70faa" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_list" ADD CONSTRAINT "FK_f4efd0941916d03886ebd5bd357" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_list" ADD CONSTRAINT "FK_a4b8feeb05cbd2343a613be5b4b" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_type" ADD CONSTRAINT "FK_3b0d93f48f4862cba2b360c37ae" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_type" ADD CONSTRAINT "FK_56cc8ccf06d0b5a6639eb632c14" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_type" ADD CONSTRAINT "FK_26cd283476f4c700b942212bafc" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_nomination" ADD CONSTRAINT "FK_42990f47cdd99bb54c262b1fe68" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_nomination" ADD CONSTRAINT "FK_456769941e8371ebd6207721de8" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_nomination" ADD CONSTRAINT "FK_a032a585ed35a721baa7eb16d6b" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_nomination" ADD CONSTRAINT "FK_2ff09e628b75562462cf0024dec" FOREIGN KEY ("honour_type_id") REFERENCES "honour_type"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "honour_nomination" DROP CONSTRAINT "FK_2ff09e628b75562462cf0024dec"',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_nomination" DROP CONSTRAINT "FK_a032a585ed35a721baa7eb16d6b"',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_nomination" DROP CONSTRAINT "FK_456769941e8371ebd6207721de8"',
    );
    await queryRunner.query(
      'ALTER TABLE "honour_nomination" DROP CONSTRAINT "FK_42990f47cdd99bb54c262b1fe68"',
    );
    await queryRunner.query('ALTER TABLE "honour_type" DROP CONSTRAINT "FK_26cd283476f4c700b942212bafc"');
    await queryRunner.query('ALTER TABLE "honour_type" DROP CONSTRAINT "FK_56cc8ccf06d0b5a6639eb632c14"');
    await queryRunner.query('ALTER TABLE "honour_type" DROP CONSTRAINT "FK_3b0d93f48f4862cba2b360c37ae"');
    await queryRunner.query('ALTER TABLE "honour_list" DROP CONSTRAINT "FK_a4b8feeb05cbd2343a613be5b4b"');
    await queryRunner.query('ALTER TABLE "honour_list" DROP CONSTRAINT "FK_f4efd0941916d03886ebd5bd357"');
    await queryRunner.query('ALTER TABLE "honour_list" DROP CONSTRAINT "FK_ca1dde7299c7143fba0d2b70faa"');
    await queryRunner.query('ALTER TABLE "honour_event" DROP CONSTRAINT "FK_a45174d2ecadff9add89a0a6ddf"');
    await queryRunner.query('ALTER TABLE "honour_event" DROP CONSTRAINT "FK_41826993dfd78a7e52c8cdd0a7a"');
    await queryRunner.query('ALTER TABLE "honour_event" DROP CONSTRAINT "FK_0f784f5bd87ebe97de3ef55ef42"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_nomination_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_nomination_town"');
    await queryRunner.query('DROP TABLE "honour_nomination"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_type_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_type_town"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_type_village"');
    await queryRunner.query('DROP TABLE "honour_type"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_list_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_list_town"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_list_village"');
    await queryRunner.query('DROP TABLE "honour_list"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_event_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_event_town"');
    await queryRunner.query('DROP INDEX "public"."ix_honour_event_village"');
    await queryRunner.query('DROP TABLE "honour_event"');
  }
}
