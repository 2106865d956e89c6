import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TallySchema1795827711414 implements MigrationInterface {
  name = 'TallySchema1795827711414';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "score_tally" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "period_id" uuid NOT NULL, "period_kind" character varying(16) NOT NULL, "year" integer NOT NULL, "number" integer NOT NULL, "version" integer NOT NULL, "window_starts_on" date NOT NULL, "window_ends_on" date NOT NULL, "period_starts_on" date NOT NULL, "ledger_seq" bigint NOT NULL, "ledger_anchor_hash" character varying(64) NOT NULL, "rules" jsonb NOT NULL, "resident_count" integer NOT NULL, "content_hash" character varying(64) NOT NULL, "reason" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_score_tally_version" UNIQUE ("period_id", "version"), CONSTRAINT "PK_c93df97014e6df2c549e9f95b78" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_score_tally_village" ON "score_tally"  ("village_id", "year") ',
    );
    await queryRunner.query('CREATE INDEX "ix_score_tally_town" ON "score_tally"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_score_tally_tenant" ON "score_tally"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "score_tally_line" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "tally_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "resident_name" character varying(64) NOT NULL, "subject_types" character varying(16) array NOT NULL, "probationary" boolean NOT NULL DEFAULT false, "credit_points" numeric(12,2) NOT NULL, "credit_score" numeric(12,2) NOT NULL, "period_credit_points" numeric(12,2) NOT NULL, "role_duty_points" numeric(12,2), "role_duty_score" numeric(12,2), "period_role_duty_points" numeric(12,2), "rank_group" character varying(16) NOT NULL, "rank" integer NOT NULL, "vetoed" boolean NOT NULL DEFAULT false, "evaluation" jsonb, CONSTRAINT "uq_score_tally_line" UNIQUE ("village_id", "tally_id", "resident_id"), CONSTRAINT "PK_a89ec998777004107eb820a0ffc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_score_tally_line_town" ON "score_tally_line"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_score_tally_line_district" ON "score_tally_line"  ("district_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "public_notice" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "period_id" uuid NOT NULL, "tally_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "posted_by" uuid, CONSTRAINT "PK_69742227b5bc4c38c2ee4bc11da" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_public_notice_period" ON "public_notice"  ("period_id", "posted_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_public_notice_village" ON "public_notice"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_public_notice_town" ON "public_notice"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_public_notice_tenant" ON "public_notice"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "objection" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "period_id" uuid NOT NULL, "tally_id" uuid NOT NULL, "tally_line_id" uuid NOT NULL, "subject_resident_id" uuid NOT NULL, "objector_resident_id" uuid NOT NULL, "objector_user_id" uuid NOT NULL, "reason" character varying(1000) NOT NULL, "raised_on" date NOT NULL, "answer_due_on" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'OPEN\', "answer" character varying(1000), "answered_on" date, "answered_by" uuid, "correction_entry_ids" uuid array NOT NULL DEFAULT \'{}\', "retally_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f66a92a8254c445494f6cc3be60" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_objection_objector" ON "objection"  ("objector_user_id") ');
    await queryRunner.query('CREATE INDEX "ix_objection_period" ON "objection"  ("period_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_objection_village" ON "objection"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_objection_town" ON "objection"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_objection_tenant" ON "objection"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "score_tally" ADD CONSTRAINT "FK_ea9467ca8bd6d983411a2988d76" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "score_tally" ADD CONSTRAINT "FK_c6cc59940b07c2c1bfb4927f0e7" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "score_tally" ADD CONSTRAINT "FK_e11eefa13536486590b399e4ed0" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "score_tally_line" ADD CONSTRAINT "FK_bd6ef1393a14b616cd156112657" FOREIGN KEY ("tally_id") REFERENCES "score_tally"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_notice" ADD CONSTRAINT "FK_c33e8c43e4eae1f75f6dac9a92e" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_notice" ADD CONSTRAINT "FK_96f82892a809b51bfe34b844f70" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_notice" ADD CONSTRAINT "FK_aee6616d25824da6cd4b88277db" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection" ADD CONSTRAINT "FK_35d4700b3771e512196ca9e9e9a" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection" ADD CONSTRAINT "FK_208a49e7a5f57ec678fd60ef129" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection" ADD CONSTRAINT "FK_206a94d26ca3253fdcc9c55c41e" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "objection" DROP CONSTRAINT "FK_206a94d26ca3253fdcc9c55c41e"');
    await queryRunner.query('ALTER TABLE "objection" DROP CONSTRAINT "FK_208a49e7a5f57ec678fd60ef129"');
    await queryRunner.query('ALTER TABLE "objection" DROP CONSTRAINT "FK_35d4700b3771e512196ca9e9e9a"');
    await queryRunner.query('ALTER TABLE "public_notice" DROP CONSTRAINT "FK_aee6616d25824da6cd4b88277db"');
    await queryRunner.query('ALTER TABLE "public_notice" DROP CONSTRAINT "FK_96f82892a809b51bfe34b844f70"');
    await queryRunner.query('ALTER TABLE "public_notice" DROP CONSTRAINT "FK_c33e8c43e4eae1f75f6dac9a92e"');
    await queryRunner.query(
      'ALTER TABLE "score_tally_line" DROP CONSTRAINT "FK_bd6ef1393a14b616cd156112657"',
    );
    await queryRunner.query('ALTER TABLE "score_tally" DROP CONSTRAINT "FK_e11eefa13536486590b399e4ed0"');
    await queryRunner.query('ALTER TABLE "score_tally" DROP CONSTRAINT "FK_c6cc59940b07c2c1bfb4927f0e7"');
    await queryRunner.query('ALTER TABLE "score_tally" DROP CONSTRAINT "FK_ea9467ca8bd6d983411a2988d76"');
    await queryRunner.query('DROP INDEX "public"."ix_objection_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_objection_town"');
    await queryRunner.query('DROP INDEX "public"."ix_objection_village"');
    await queryRunner.query('DROP INDEX "public"."ix_objection_period"');
    await queryRunner.query('DROP INDEX "public"."ix_objection_objector"');
    await queryRunner.query('DROP TABLE "objection"');
    await queryRunner.query('DROP INDEX "public"."ix_public_notice_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_public_notice_town"');
    await queryRunner.query('DROP INDEX "public"."ix_public_notice_village"');
    await queryRunner.query('DROP INDEX "public"."ix_public_notice_period"');
    await queryRunner.query('DROP TABLE "public_notice"');
    await queryRunner.query('DROP INDEX "public"."ix_score_tally_line_district"');
    await queryRunner.query('DROP INDEX "public"."ix_score_tally_line_town"');
    await queryRunner.query('DROP TABLE "score_tally_line"');
    await queryRunner.query('DROP INDEX "public"."ix_score_tally_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_score_tally_town"');
    await queryRunner.query('DROP INDEX "public"."ix_score_tally_village"');
    await queryRunner.query('DROP TABLE "score_tally"');
  }
}
