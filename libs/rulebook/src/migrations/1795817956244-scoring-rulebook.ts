import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoringRulebook1795817956244 implements MigrationInterface {
  name = 'ScoringRulebook1795817956244';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "framework" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "year" integer NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'DRAFT\', "title" character varying(100) NOT NULL, "rules" jsonb NOT NULL, "max_adjustment_percent" integer NOT NULL DEFAULT \'20\', "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "copied_from_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_framework_version" UNIQUE ("district_id", "year", "version"), CONSTRAINT "PK_413064c9a2fb226f0d933712883" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_framework_village" ON "framework"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_framework_town" ON "framework"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_framework_tenant" ON "framework"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "evaluation_item" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT \'\', "category" character varying(32) NOT NULL, "direction" character varying(16) NOT NULL, "points_min" numeric(8,2) NOT NULL, "points_max" numeric(8,2) NOT NULL, "per_unit_points" numeric(8,2), "unit_label" character varying(16), "track" character varying(16) NOT NULL, "subject_types" character varying(16) array NOT NULL, "evidence_required" boolean NOT NULL DEFAULT false, "cap_per_month" numeric(8,2), "cap_per_quarter" numeric(8,2), "cap_per_year" numeric(8,2), "validity_months" integer, "repeat_multiplier" numeric(4,2) NOT NULL DEFAULT \'1\', "veto" boolean NOT NULL DEFAULT false, "household" boolean NOT NULL DEFAULT false, "id" uuid NOT NULL, "framework_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "withdrawn" boolean NOT NULL DEFAULT false, "published" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_evaluation_item_code" UNIQUE ("framework_id", "code"), CONSTRAINT "PK_184e97da7fc72b05294a44ad61a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_evaluation_item_village" ON "evaluation_item"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_evaluation_item_town" ON "evaluation_item"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_evaluation_item_tenant" ON "evaluation_item"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "town_manual" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "framework_id" uuid NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'DRAFT\', "title" character varying(100) NOT NULL, "registration_days" integer NOT NULL DEFAULT \'3\', "notice_days" integer NOT NULL DEFAULT \'7\', "objection_answer_working_days" integer NOT NULL DEFAULT \'7\', "village_max_positive_items" integer NOT NULL DEFAULT \'5\', "village_max_negative_items" integer NOT NULL DEFAULT \'5\', "village_max_item_points" numeric(8,2) NOT NULL DEFAULT \'2\', "procedure" text NOT NULL DEFAULT \'\', "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "copied_from_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_town_manual_version" UNIQUE ("town_id", "version"), CONSTRAINT "PK_b99a527156f0db0f1effdc70c50" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_town_manual_village" ON "town_manual"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_town_manual_town" ON "town_manual"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_town_manual_tenant" ON "town_manual"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "manual_adjustment" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "manual_id" uuid NOT NULL, "item_code" character varying(32) NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "points_min" numeric(8,2), "points_max" numeric(8,2), "per_unit_points" numeric(8,2), "reason" text NOT NULL DEFAULT \'\', "published" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_manual_adjustment_item" UNIQUE ("manual_id", "item_code"), CONSTRAINT "PK_1ce245cdd8e0c96446e89654591" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_manual_adjustment_village" ON "manual_adjustment"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_manual_adjustment_town" ON "manual_adjustment"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_manual_adjustment_tenant" ON "manual_adjustment"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "town_item" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT \'\', "category" character varying(32) NOT NULL, "direction" character varying(16) NOT NULL, "points_min" numeric(8,2) NOT NULL, "points_max" numeric(8,2) NOT NULL, "per_unit_points" numeric(8,2), "unit_label" character varying(16), "track" character varying(16) NOT NULL, "subject_types" character varying(16) array NOT NULL, "evidence_required" boolean NOT NULL DEFAULT false, "cap_per_month" numeric(8,2), "cap_per_quarter" numeric(8,2), "cap_per_year" numeric(8,2), "validity_months" integer, "repeat_multiplier" numeric(4,2) NOT NULL DEFAULT \'1\', "veto" boolean NOT NULL DEFAULT false, "household" boolean NOT NULL DEFAULT false, "id" uuid NOT NULL, "manual_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "withdrawn" boolean NOT NULL DEFAULT false, "published" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_town_item_code" UNIQUE ("manual_id", "code"), CONSTRAINT "PK_e18af572502a48dd915ad82088f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_town_item_village" ON "town_item"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_town_item_town" ON "town_item"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_town_item_tenant" ON "town_item"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "scoring_list" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'DRAFT\', "manual_id" uuid NOT NULL, "meeting_date" date, "representatives_in_office" integer, "present" integer, "votes_for" integer, "votes_against" integer, "abstaining" integer, "adopted_at" TIMESTAMP WITH TIME ZONE, "adopted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_scoring_list_version" UNIQUE ("village_id", "version"), CONSTRAINT "PK_6621689eca4d6519a83f4824c14" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_scoring_list_village" ON "scoring_list"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_scoring_list_town" ON "scoring_list"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_list_tenant" ON "scoring_list"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "village_item" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT \'\', "category" character varying(32) NOT NULL, "direction" character varying(16) NOT NULL, "points_min" numeric(8,2) NOT NULL, "points_max" numeric(8,2) NOT NULL, "per_unit_points" numeric(8,2), "unit_label" character varying(16), "track" character varying(16) NOT NULL, "subject_types" character varying(16) array NOT NULL, "evidence_required" boolean NOT NULL DEFAULT false, "cap_per_month" numeric(8,2), "cap_per_quarter" numeric(8,2), "cap_per_year" numeric(8,2), "validity_months" integer, "repeat_multiplier" numeric(4,2) NOT NULL DEFAULT \'1\', "veto" boolean NOT NULL DEFAULT false, "household" boolean NOT NULL DEFAULT false, "id" uuid NOT NULL, "list_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "withdrawn" boolean NOT NULL DEFAULT false, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "published" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_village_item_code" UNIQUE ("list_id", "code"), CONSTRAINT "PK_4b8f7c577999f2241daf50197c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_village_item_village" ON "village_item"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_village_item_town" ON "village_item"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_village_item_tenant" ON "village_item"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "scoring_list_item" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT \'\', "category" character varying(32) NOT NULL, "direction" character varying(16) NOT NULL, "points_min" numeric(8,2) NOT NULL, "points_max" numeric(8,2) NOT NULL, "per_unit_points" numeric(8,2), "unit_label" character varying(16), "track" character varying(16) NOT NULL, "subject_types" character varying(16) array NOT NULL, "evidence_required" boolean NOT NULL DEFAULT false, "cap_per_month" numeric(8,2), "cap_per_quarter" numeric(8,2), "cap_per_year" numeric(8,2), "validity_months" integer, "repeat_multiplier" numeric(4,2) NOT NULL DEFAULT \'1\', "veto" boolean NOT NULL DEFAULT false, "household" boolean NOT NULL DEFAULT false, "id" uuid NOT NULL, "list_id" uuid NOT NULL, "source" character varying(16) NOT NULL, "source_item_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_scoring_list_item_code" UNIQUE ("list_id", "code"), CONSTRAINT "PK_3eff419e7312e3f1dad66eba2b2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_list_item_village" ON "scoring_list_item"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_scoring_list_item_town" ON "scoring_list_item"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_list_item_tenant" ON "scoring_list_item"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "framework" ADD CONSTRAINT "FK_029ae0b68d0228f0d6961914d00" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework" ADD CONSTRAINT "FK_9625d28d98e1412dec0c4ea8b0a" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework" ADD CONSTRAINT "FK_48c4934ca8b8aad899971810b8e" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evaluation_item" ADD CONSTRAINT "FK_e5df74223505147deb95c2aff88" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evaluation_item" ADD CONSTRAINT "FK_f0a25f5b7e10842d35abb8cbfc1" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evaluation_item" ADD CONSTRAINT "FK_2e49afb5811b3a95a1782c92fac" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evaluation_item" ADD CONSTRAINT "FK_ab829d37916e8b41d3a09ca5329" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "town_manual" ADD CONSTRAINT "FK_57c64e4c00a742d9aec4bb4c3ea" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "town_manual" ADD CONSTRAINT "FK_1d2f991785fc85fec7f5b69030a" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "town_manual" ADD CONSTRAINT "FK_6ec02e5479c7d4de2d510cf66ae" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "town_manual" ADD CONSTRAINT "FK_3ed2b834f0cef5598a1ce3dbbb4" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "manual_adjustment" ADD CONSTRAINT "FK_ce3c7d0eb876598e121b8bed091" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "manual_adjustment" ADD CONSTRAINT "FK_7b01da5da3159ee8ffd53f84895" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "manual_adjustment" ADD CONSTRAINT "FK_c25cdfa56ba4341b0418488f53a" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "manual_adjustment" ADD CONSTRAINT "FK_74302ce658144614089ba5fa80e" FOREIGN KEY ("manual_id") REFERENCES "town_manual"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "town_item" ADD CONSTRAINT "FK_5222ed31d37dcd4fd8c4e186288" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "town_item" ADD CONSTRAINT "FK_f3e9499706608300c5fa6815dc7" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "town_item" ADD CONSTRAINT "FK_78c18253776db83cad53d6b47db" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "town_item" ADD CONSTRAINT "FK_8bb9ee1819ba4fc75952849909c" FOREIGN KEY ("manual_id") REFERENCES "town_manual"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list" ADD CONSTRAINT "FK_8a0d0b92b27d446af51b2ff7e69" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list" ADD CONSTRAINT "FK_7f2a3ef5083646d928bac5c5555" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list" ADD CONSTRAINT "FK_b62cb8130797e90d9cabd20079c" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list" ADD CONSTRAINT "FK_0ec246712ea15927d6d5581a192" FOREIGN KEY ("manual_id") REFERENCES "town_manual"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "village_item" ADD CONSTRAINT "FK_5c4fb48296023ce6723a32193a6" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "village_item" ADD CONSTRAINT "FK_c7596c683281a38aa754e1a81a7" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "village_item" ADD CONSTRAINT "FK_161514315ecf3b71eace3fac518" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "village_item" ADD CONSTRAINT "FK_c500fdba814d2ee4a7a2dc84de2" FOREIGN KEY ("list_id") REFERENCES "scoring_list"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" ADD CONSTRAINT "FK_8cbc3c040654b4493122221845b" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" ADD CONSTRAINT "FK_bf3c219871ec45539b2a25c0fc4" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" ADD CONSTRAINT "FK_7edff69e3ae18c262c491054ae6" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" ADD CONSTRAINT "FK_9562cd3fe3011591b147410979f" FOREIGN KEY ("list_id") REFERENCES "scoring_list"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" DROP CONSTRAINT "FK_9562cd3fe3011591b147410979f"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" DROP CONSTRAINT "FK_7edff69e3ae18c262c491054ae6"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" DROP CONSTRAINT "FK_bf3c219871ec45539b2a25c0fc4"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_list_item" DROP CONSTRAINT "FK_8cbc3c040654b4493122221845b"',
    );
    await queryRunner.query('ALTER TABLE "village_item" DROP CONSTRAINT "FK_c500fdba814d2ee4a7a2dc84de2"');
    await queryRunner.query('ALTER TABLE "village_item" DROP CONSTRAINT "FK_161514315ecf3b71eace3fac518"');
    await queryRunner.query('ALTER TABLE "village_item" DROP CONSTRAINT "FK_c7596c683281a38aa754e1a81a7"');
    await queryRunner.query('ALTER TABLE "village_item" DROP CONSTRAINT "FK_5c4fb48296023ce6723a32193a6"');
    await queryRunner.query('ALTER TABLE "scoring_list" DROP CONSTRAINT "FK_0ec246712ea15927d6d5581a192"');
    await queryRunner.query('ALTER TABLE "scoring_list" DROP CONSTRAINT "FK_b62cb8130797e90d9cabd20079c"');
    await queryRunner.query('ALTER TABLE "scoring_list" DROP CONSTRAINT "FK_7f2a3ef5083646d928bac5c5555"');
    await queryRunner.query('ALTER TABLE "scoring_list" DROP CONSTRAINT "FK_8a0d0b92b27d446af51b2ff7e69"');
    await queryRunner.query('ALTER TABLE "town_item" DROP CONSTRAINT "FK_8bb9ee1819ba4fc75952849909c"');
    await queryRunner.query('ALTER TABLE "town_item" DROP CONSTRAINT "FK_78c18253776db83cad53d6b47db"');
    await queryRunner.query('ALTER TABLE "town_item" DROP CONSTRAINT "FK_f3e9499706608300c5fa6815dc7"');
    await queryRunner.query('ALTER TABLE "town_item" DROP CONSTRAINT "FK_5222ed31d37dcd4fd8c4e186288"');
    await queryRunner.query(
      'ALTER TABLE "manual_adjustment" DROP CONSTRAINT "FK_74302ce658144614089ba5fa80e"',
    );
    await queryRunner.query(
      'ALTER TABLE "manual_adjustment" DROP CONSTRAINT "FK_c25cdfa56ba4341b0418488f53a"',
    );
    await queryRunner.query(
      'ALTER TABLE "manual_adjustment" DROP CONSTRAINT "FK_7b01da5da3159ee8ffd53f84895"',
    );
    await queryRunner.query(
      'ALTER TABLE "manual_adjustment" DROP CONSTRAINT "FK_ce3c7d0eb876598e121b8bed091"',
    );
    await queryRunner.query('ALTER TABLE "town_manual" DROP CONSTRAINT "FK_3ed2b834f0cef5598a1ce3dbbb4"');
    await queryRunner.query('ALTER TABLE "town_manual" DROP CONSTRAINT "FK_6ec02e5479c7d4de2d510cf66ae"');
    await queryRunner.query('ALTER TABLE "town_manual" DROP CONSTRAINT "FK_1d2f991785fc85fec7f5b69030a"');
    await queryRunner.query('ALTER TABLE "town_manual" DROP CONSTRAINT "FK_57c64e4c00a742d9aec4bb4c3ea"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP CONSTRAINT "FK_ab829d37916e8b41d3a09ca5329"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP CONSTRAINT "FK_2e49afb5811b3a95a1782c92fac"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP CONSTRAINT "FK_f0a25f5b7e10842d35abb8cbfc1"');
    await queryRunner.query('ALTER TABLE "evaluation_item" DROP CONSTRAINT "FK_e5df74223505147deb95c2aff88"');
    await queryRunner.query('ALTER TABLE "framework" DROP CONSTRAINT "FK_48c4934ca8b8aad899971810b8e"');
    await queryRunner.query('ALTER TABLE "framework" DROP CONSTRAINT "FK_9625d28d98e1412dec0c4ea8b0a"');
    await queryRunner.query('ALTER TABLE "framework" DROP CONSTRAINT "FK_029ae0b68d0228f0d6961914d00"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_list_item_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_list_item_town"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_list_item_village"');
    await queryRunner.query('DROP TABLE "scoring_list_item"');
    await queryRunner.query('DROP INDEX "public"."ix_village_item_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_village_item_town"');
    await queryRunner.query('DROP INDEX "public"."ix_village_item_village"');
    await queryRunner.query('DROP TABLE "village_item"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_list_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_list_town"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_list_village"');
    await queryRunner.query('DROP TABLE "scoring_list"');
    await queryRunner.query('DROP INDEX "public"."ix_town_item_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_town_item_town"');
    await queryRunner.query('DROP INDEX "public"."ix_town_item_village"');
    await queryRunner.query('DROP TABLE "town_item"');
    await queryRunner.query('DROP INDEX "public"."ix_manual_adjustment_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_manual_adjustment_town"');
    await queryRunner.query('DROP INDEX "public"."ix_manual_adjustment_village"');
    await queryRunner.query('DROP TABLE "manual_adjustment"');
    await queryRunner.query('DROP INDEX "public"."ix_town_manual_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_town_manual_town"');
    await queryRunner.query('DROP INDEX "public"."ix_town_manual_village"');
    await queryRunner.query('DROP TABLE "town_manual"');
    await queryRunner.query('DROP INDEX "public"."ix_evaluation_item_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_evaluation_item_town"');
    await queryRunner.query('DROP INDEX "public"."ix_evaluation_item_village"');
    await queryRunner.query('DROP TABLE "evaluation_item"');
    await queryRunner.query('DROP INDEX "public"."ix_framework_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_framework_town"');
    await queryRunner.query('DROP INDEX "public"."ix_framework_village"');
    await queryRunner.query('DROP TABLE "framework"');
  }
}
