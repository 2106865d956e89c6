import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PayoutSchema1796500002000 implements MigrationInterface {
  name = 'PayoutSchema1796500002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "payout_plan" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "period_id" uuid NOT NULL, "period_kind" character varying(16) NOT NULL, "year" integer NOT NULL, "period_number" integer NOT NULL, "tally_id" uuid NOT NULL, "title" character varying(100) NOT NULL, "cents_per_point" integer NOT NULL, "total_cents" bigint NOT NULL, "line_count" integer NOT NULL, "digest" character varying(64) NOT NULL, "status" character varying(16) NOT NULL, "vote_expected" integer, "vote_present" integer, "vote_for" integer, "vote_against" integer, "vote_abstain" integer, "voted_on" date, "posted_at" TIMESTAMP WITH TIME ZONE, "paid_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "ck_payout_plan_vote" CHECK ("vote_present" IS NULL OR ("vote_present" <= "vote_expected" AND "vote_for" + "vote_against" + "vote_abstain" <= "vote_present")), CONSTRAINT "ck_payout_plan_total" CHECK ("total_cents" >= 0 AND "line_count" >= 0), CONSTRAINT "ck_payout_plan_rate" CHECK ("cents_per_point" > 0), CONSTRAINT "PK_b625256067417107d2105882697" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_payout_plan_period" ON "payout_plan"  ("period_id") WHERE "status" <> \'REJECTED\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_payout_plan_village" ON "payout_plan"  ("village_id", "year") ',
    );
    await queryRunner.query('CREATE INDEX "ix_payout_plan_town" ON "payout_plan"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_payout_plan_tenant" ON "payout_plan"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "payout_plan_event" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "plan_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "PK_3c50d5811e337bcf9ac7870eb8c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_payout_plan_event_village" ON "payout_plan_event"  ("village_id", "plan_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_payout_plan_event_town" ON "payout_plan_event"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_payout_plan_event_tenant" ON "payout_plan_event"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "payout_plan_line" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "plan_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "resident_name" character varying(64) NOT NULL, "basis_points" numeric(12,2) NOT NULL, "amount_cents" bigint NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_d1732caeeffe01eee351563ccff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_payout_plan_line_village" ON "payout_plan_line"  ("village_id", "plan_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_payout_plan_line_town" ON "payout_plan_line"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_payout_plan_line_tenant" ON "payout_plan_line"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_plan" ADD CONSTRAINT "FK_71d3e394cf8f585619032fb2e3d" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_plan" ADD CONSTRAINT "FK_8a9dcd4631f7d1853dbe265fb9d" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_plan" ADD CONSTRAINT "FK_acf1efb07cc8c27f51e4975c6c3" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_plan_event" ADD CONSTRAINT "FK_f72e780de5fc947b6377430446b" FOREIGN KEY ("plan_id") REFERENCES "payout_plan"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_plan_line" ADD CONSTRAINT "FK_8bc5b128cb8f207146dc41f0bb4" FOREIGN KEY ("plan_id") REFERENCES "payout_plan"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "payout_plan_line" DROP CONSTRAINT "FK_8bc5b128cb8f207146dc41f0bb4"',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_plan_event" DROP CONSTRAINT "FK_f72e780de5fc947b6377430446b"',
    );
    await queryRunner.query('ALTER TABLE "payout_plan" DROP CONSTRAINT "FK_acf1efb07cc8c27f51e4975c6c3"');
    await queryRunner.query('ALTER TABLE "payout_plan" DROP CONSTRAINT "FK_8a9dcd4631f7d1853dbe265fb9d"');
    await queryRunner.query('ALTER TABLE "payout_plan" DROP CONSTRAINT "FK_71d3e394cf8f585619032fb2e3d"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_line_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_line_town"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_line_village"');
    await queryRunner.query('DROP TABLE "payout_plan_line"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_event_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_event_town"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_event_village"');
    await queryRunner.query('DROP TABLE "payout_plan_event"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_town"');
    await queryRunner.query('DROP INDEX "public"."ix_payout_plan_village"');
    await queryRunner.query('DROP INDEX "public"."uq_payout_plan_period"');
    await queryRunner.query('DROP TABLE "payout_plan"');
  }
}
