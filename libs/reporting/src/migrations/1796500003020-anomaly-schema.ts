import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnomalySchema1796500003020 implements MigrationInterface {
  name = 'AnomalySchema1796500003020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "anomaly_alert" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "subject_kind" character varying(12) NOT NULL, "subject_key" character varying(64) NOT NULL, "subject_name" character varying(100) NOT NULL, "window_key" character varying(64) NOT NULL, "occurred_on" date NOT NULL, "period_label" character varying(64) NOT NULL, "summary" character varying(500) NOT NULL, "evidence" jsonb NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_anomaly_alert_kind" CHECK ("kind" IN (\'POINTS_SWING\', \'NIGHT_BULK\', \'BULK_BY_ONE\', \'EVIDENCE_REUSED\', \'SELF_HOUSEHOLD_REVIEW\')), CONSTRAINT "PK_383f8c4eb7fa9e45a66a0bcc5e0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_anomaly_alert_key" ON "anomaly_alert"  ("village_id", "kind", "subject_key", "window_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_anomaly_alert_village" ON "anomaly_alert"  ("village_id", "raised_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_anomaly_alert_town" ON "anomaly_alert"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_anomaly_alert_tenant" ON "anomaly_alert"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "anomaly_alert_event" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "alert_id" uuid NOT NULL, "resolution" character varying(16) NOT NULL, "note" character varying(500) NOT NULL, "resolved_by" uuid NOT NULL, "resolved_by_name" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_anomaly_alert_event_note" CHECK (length(btrim("note")) > 0), CONSTRAINT "ck_anomaly_alert_event_resolution" CHECK ("resolution" IN (\'VERIFIED_OK\', \'HANDLED\')), CONSTRAINT "PK_96529f8808c9eca7b5749faaace" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_anomaly_alert_event_alert" ON "anomaly_alert_event"  ("alert_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_anomaly_alert_event_village" ON "anomaly_alert_event"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_anomaly_alert_event_town" ON "anomaly_alert_event"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_anomaly_alert_event_tenant" ON "anomaly_alert_event"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert" ADD CONSTRAINT "FK_9b28606b9b2d8a4cd4b48f1257b" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert" ADD CONSTRAINT "FK_effa9452f487d61aea4e9fd0515" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert" ADD CONSTRAINT "FK_ce330d5d408206bc14332decc6d" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert_event" ADD CONSTRAINT "FK_79d3d6d70b0819501c6ae499458" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert_event" ADD CONSTRAINT "FK_86da489bd9b6b3d20024ced7897" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert_event" ADD CONSTRAINT "FK_d929480d087eb32edc7a0e82cf9" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert_event" ADD CONSTRAINT "FK_407a6d9098f744d0211bbec5159" FOREIGN KEY ("alert_id") REFERENCES "anomaly_alert"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert_event" DROP CONSTRAINT "FK_407a6d9098f744d0211bbec5159"',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert_event" DROP CONSTRAINT "FK_d929480d087eb32edc7a0e82cf9"',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert_event" DROP CONSTRAINT "FK_86da489bd9b6b3d20024ced7897"',
    );
    await queryRunner.query(
      'ALTER TABLE "anomaly_alert_event" DROP CONSTRAINT "FK_79d3d6d70b0819501c6ae499458"',
    );
    await queryRunner.query('ALTER TABLE "anomaly_alert" DROP CONSTRAINT "FK_ce330d5d408206bc14332decc6d"');
    await queryRunner.query('ALTER TABLE "anomaly_alert" DROP CONSTRAINT "FK_effa9452f487d61aea4e9fd0515"');
    await queryRunner.query('ALTER TABLE "anomaly_alert" DROP CONSTRAINT "FK_9b28606b9b2d8a4cd4b48f1257b"');
    await queryRunner.query('DROP INDEX "public"."ix_anomaly_alert_event_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_anomaly_alert_event_town"');
    await queryRunner.query('DROP INDEX "public"."ix_anomaly_alert_event_village"');
    await queryRunner.query('DROP INDEX "public"."uq_anomaly_alert_event_alert"');
    await queryRunner.query('DROP TABLE "anomaly_alert_event"');
    await queryRunner.query('DROP INDEX "public"."ix_anomaly_alert_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_anomaly_alert_town"');
    await queryRunner.query('DROP INDEX "public"."ix_anomaly_alert_village"');
    await queryRunner.query('DROP INDEX "public"."uq_anomaly_alert_key"');
    await queryRunner.query('DROP TABLE "anomaly_alert"');
  }
}
