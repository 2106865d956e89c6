import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AppraisalSchema1795825728001 implements MigrationInterface {
  name = 'AppraisalSchema1795825728001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "appraisal_rating" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "year" integer NOT NULL, "ratee_resident_id" uuid NOT NULL, "subject_type" character varying(16) NOT NULL, "rater_kind" character varying(8) NOT NULL, "rater_resident_id" uuid NOT NULL, "rating" integer NOT NULL, "comment" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "uq_appraisal_rating" UNIQUE ("year", "ratee_resident_id", "subject_type", "rater_resident_id"), CONSTRAINT "ck_appraisal_rating_not_self" CHECK ("rater_resident_id" <> "ratee_resident_id"), CONSTRAINT "ck_appraisal_rating_kind" CHECK ("rater_kind" IN (\'PEER\', \'MASS\')), CONSTRAINT "ck_appraisal_rating_subject" CHECK ("subject_type" IN (\'PARTY_MEMBER\', \'REPRESENTATIVE\')), CONSTRAINT "ck_appraisal_rating_range" CHECK ("rating" BETWEEN 0 AND 100), CONSTRAINT "PK_3bcf4e784d331a119009938f42f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_appraisal_rating_rater" ON "appraisal_rating"  ("rater_resident_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_appraisal_rating_village_year" ON "appraisal_rating"  ("village_id", "year") ',
    );
    await queryRunner.query('CREATE INDEX "ix_appraisal_rating_town" ON "appraisal_rating"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_appraisal_rating_tenant" ON "appraisal_rating"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "appraisal_sample_review" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "year" integer NOT NULL, "resident_id" uuid NOT NULL, "position" integer NOT NULL, "sample_size" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "uq_appraisal_sample_review_position" UNIQUE ("village_id", "year", "position"), CONSTRAINT "uq_appraisal_sample_review_person" UNIQUE ("village_id", "year", "resident_id"), CONSTRAINT "PK_976a9d8ce0bb2c55ef8093faee1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_appraisal_sample_review_town" ON "appraisal_sample_review"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_appraisal_sample_review_tenant" ON "appraisal_sample_review"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "appraisal_sample_finding" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "sample_id" uuid NOT NULL, "finding" character varying(16) NOT NULL, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "uq_appraisal_sample_finding" UNIQUE ("sample_id"), CONSTRAINT "ck_appraisal_sample_finding_note" CHECK ("finding" = \'CONFIRMED\' OR length(btrim(coalesce("note", \'\'))) > 0), CONSTRAINT "ck_appraisal_sample_finding" CHECK ("finding" IN (\'CONFIRMED\', \'QUESTIONED\')), CONSTRAINT "PK_061a82e90ac50596e9a97945695" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_appraisal_sample_finding_village" ON "appraisal_sample_finding"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_appraisal_sample_finding_town" ON "appraisal_sample_finding"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_appraisal_sample_finding_tenant" ON "appraisal_sample_finding"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" ADD CONSTRAINT "FK_4f230cd426b036653c32df65b77" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" ADD CONSTRAINT "FK_84440c1dca867c80e16a8e1f149" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" ADD CONSTRAINT "FK_223d3a6e93d37b9b53e1530ca40" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" ADD CONSTRAINT "FK_7fd65b59641f89a750912ff4e14" FOREIGN KEY ("ratee_resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" ADD CONSTRAINT "FK_8538011c516e5a92bfa25a54b5d" FOREIGN KEY ("rater_resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_review" ADD CONSTRAINT "FK_943bbf566890bbea3e5ebeb1929" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_review" ADD CONSTRAINT "FK_c33cdacf24dbc43eabeabbdff71" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_review" ADD CONSTRAINT "FK_a7355b188a683c4ce380aec7043" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_review" ADD CONSTRAINT "FK_d41846e19febed9a443f1b9d43e" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_finding" ADD CONSTRAINT "FK_12b752cec546a6801c990958bb8" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_finding" ADD CONSTRAINT "FK_a4c29e4b4b3a4f286b8b73587b4" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_finding" ADD CONSTRAINT "FK_721d306824d459677ce61e0b9ec" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_finding" ADD CONSTRAINT "FK_e2abb5759639306c51e4b1f021e" FOREIGN KEY ("sample_id") REFERENCES "appraisal_sample_review"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_finding" DROP CONSTRAINT "FK_e2abb5759639306c51e4b1f021e"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_finding" DROP CONSTRAINT "FK_721d306824d459677ce61e0b9ec"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_finding" DROP CONSTRAINT "FK_a4c29e4b4b3a4f286b8b73587b4"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_finding" DROP CONSTRAINT "FK_12b752cec546a6801c990958bb8"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_review" DROP CONSTRAINT "FK_d41846e19febed9a443f1b9d43e"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_review" DROP CONSTRAINT "FK_a7355b188a683c4ce380aec7043"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_review" DROP CONSTRAINT "FK_c33cdacf24dbc43eabeabbdff71"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_sample_review" DROP CONSTRAINT "FK_943bbf566890bbea3e5ebeb1929"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" DROP CONSTRAINT "FK_8538011c516e5a92bfa25a54b5d"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" DROP CONSTRAINT "FK_7fd65b59641f89a750912ff4e14"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" DROP CONSTRAINT "FK_223d3a6e93d37b9b53e1530ca40"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" DROP CONSTRAINT "FK_84440c1dca867c80e16a8e1f149"',
    );
    await queryRunner.query(
      'ALTER TABLE "appraisal_rating" DROP CONSTRAINT "FK_4f230cd426b036653c32df65b77"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_sample_finding_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_sample_finding_town"');
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_sample_finding_village"');
    await queryRunner.query('DROP TABLE "appraisal_sample_finding"');
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_sample_review_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_sample_review_town"');
    await queryRunner.query('DROP TABLE "appraisal_sample_review"');
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_rating_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_rating_town"');
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_rating_village_year"');
    await queryRunner.query('DROP INDEX "public"."ix_appraisal_rating_rater"');
    await queryRunner.query('DROP TABLE "appraisal_rating"');
  }
}
