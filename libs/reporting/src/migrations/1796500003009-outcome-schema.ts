import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomeSchema1796500003009 implements MigrationInterface {
  name = 'OutcomeSchema1796500003009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outcome_record" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "category" character varying(40) NOT NULL, "description" character varying(1000) NOT NULL, "occurred_on" date NOT NULL, "evidence" character varying(500), "amount_yuan" numeric(12,2), "how_estimated" character varying(500), "complaint_count" integer, "agriculture" boolean NOT NULL DEFAULT false, "honour_level" character varying(16), "corrects_id" uuid, "withdrawn" boolean NOT NULL DEFAULT false, "correction_reason" character varying(200), "recorded_by" uuid NOT NULL, "recorded_by_name" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_outcome_record_withdrawn" CHECK (NOT "withdrawn" OR "corrects_id" IS NOT NULL), CONSTRAINT "ck_outcome_record_kind" CHECK (("kind" = \'PROBLEM_RESOLVED\')\n   OR ("kind" = \'COST_SAVED\' AND "amount_yuan" >= 0 AND "how_estimated" IS NOT NULL)\n   OR ("kind" = \'COMPLAINT\' AND "complaint_count" >= 0 AND extract(day FROM "occurred_on") = 1)\n   OR ("kind" = \'HONOUR_WON\' AND "honour_level" IS NOT NULL)), CONSTRAINT "PK_9956a7caf7944715c9114c51387" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_outcome_record_corrects" ON "outcome_record"  ("corrects_id") WHERE "corrects_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outcome_record_village" ON "outcome_record"  ("village_id", "occurred_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_outcome_record_town" ON "outcome_record"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_outcome_record_tenant" ON "outcome_record"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_record" ADD CONSTRAINT "FK_7558e8fe4a36f6ccc4eab2e8174" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_record" ADD CONSTRAINT "FK_67182021f342254eb76458e11b7" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_record" ADD CONSTRAINT "FK_15509395abd334be56afc5c2926" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outcome_record" DROP CONSTRAINT "FK_15509395abd334be56afc5c2926"');
    await queryRunner.query('ALTER TABLE "outcome_record" DROP CONSTRAINT "FK_67182021f342254eb76458e11b7"');
    await queryRunner.query('ALTER TABLE "outcome_record" DROP CONSTRAINT "FK_7558e8fe4a36f6ccc4eab2e8174"');
    await queryRunner.query('DROP INDEX "public"."ix_outcome_record_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_outcome_record_town"');
    await queryRunner.query('DROP INDEX "public"."ix_outcome_record_village"');
    await queryRunner.query('DROP INDEX "public"."uq_outcome_record_corrects"');
    await queryRunner.query('DROP TABLE "outcome_record"');
  }
}
