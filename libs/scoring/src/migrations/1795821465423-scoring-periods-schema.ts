import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoringPeriodsSchema1795821465423 implements MigrationInterface {
  name = 'ScoringPeriodsSchema1795821465423';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "scoring_period" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "year" integer NOT NULL, "number" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'OPEN\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_scoring_period" UNIQUE ("village_id", "kind", "year", "number"), CONSTRAINT "ck_scoring_period_bounds" CHECK ("starts_on" <= "ends_on"), CONSTRAINT "ck_scoring_period_status" CHECK (("kind" = \'MONTH\' AND "status" IN (\'OPEN\', \'CLOSED\')) OR ("kind" <> \'MONTH\' AND "status" IN (\'OPEN\', \'TALLIED\', \'NOTICE\', \'FINAL\'))), CONSTRAINT "ck_scoring_period_number" CHECK (("kind" = \'MONTH\' AND "number" BETWEEN 1 AND 12) OR ("kind" = \'QUARTER\' AND "number" BETWEEN 1 AND 4) OR ("kind" = \'YEAR\' AND "number" = 1)), CONSTRAINT "PK_36678cd8d392e509bae3880f40d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_period_village_dates" ON "scoring_period"  ("village_id", "starts_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_scoring_period_town" ON "scoring_period"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_period_tenant" ON "scoring_period"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "scoring_period_event" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "period_id" uuid NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_b65dbbf6843557e8fbebfaf5aba" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_period_event_period" ON "scoring_period_event"  ("period_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_period_event_village" ON "scoring_period_event"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_period_event_town" ON "scoring_period_event"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_period_event_tenant" ON "scoring_period_event"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period" ADD CONSTRAINT "FK_fb2567c76f7dadd4503b3414d89" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period" ADD CONSTRAINT "FK_48fdedfb14f043d861dc220ce57" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period" ADD CONSTRAINT "FK_3b639e910294c521ef184ac50e6" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period_event" ADD CONSTRAINT "FK_f1c29a9d22636e7e80968fea407" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period_event" ADD CONSTRAINT "FK_ef5f47999196805b7cef43bb97c" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period_event" ADD CONSTRAINT "FK_ea27dbb812f54357914b47635cd" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period_event" ADD CONSTRAINT "FK_98d76b974d5d1dc4ca4cbc119ef" FOREIGN KEY ("period_id") REFERENCES "scoring_period"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "scoring_period_event" DROP CONSTRAINT "FK_98d76b974d5d1dc4ca4cbc119ef"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period_event" DROP CONSTRAINT "FK_ea27dbb812f54357914b47635cd"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period_event" DROP CONSTRAINT "FK_ef5f47999196805b7cef43bb97c"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_period_event" DROP CONSTRAINT "FK_f1c29a9d22636e7e80968fea407"',
    );
    await queryRunner.query('ALTER TABLE "scoring_period" DROP CONSTRAINT "FK_3b639e910294c521ef184ac50e6"');
    await queryRunner.query('ALTER TABLE "scoring_period" DROP CONSTRAINT "FK_48fdedfb14f043d861dc220ce57"');
    await queryRunner.query('ALTER TABLE "scoring_period" DROP CONSTRAINT "FK_fb2567c76f7dadd4503b3414d89"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_period_event_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_period_event_town"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_period_event_village"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_period_event_period"');
    await queryRunner.query('DROP TABLE "scoring_period_event"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_period_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_period_town"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_period_village_dates"');
    await queryRunner.query('DROP TABLE "scoring_period"');
  }
}
