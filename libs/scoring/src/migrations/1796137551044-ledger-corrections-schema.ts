import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerCorrectionsSchema1796137551044 implements MigrationInterface {
  name = 'LedgerCorrectionsSchema1796137551044';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "ledger_correction" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "entry_id" uuid NOT NULL, "subject_resident_id" uuid NOT NULL, "period_id" uuid, "kind" character varying(16) NOT NULL, "points" numeric(10,2), "reason" character varying(450) NOT NULL, "proposed_by" uuid NOT NULL, "proposed_on" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'PROPOSED\', "decided_by" uuid, "decided_on" date, "rejection_reason" character varying(450), "correction_entry_ids" uuid array NOT NULL DEFAULT \'{}\', "retally_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f237f8cd495499661b36a541de" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_correction_status" ON "ledger_correction"  ("village_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_ledger_correction_open" ON "ledger_correction"  ("entry_id") WHERE "status" = \'PROPOSED\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_correction_village" ON "ledger_correction"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_ledger_correction_town" ON "ledger_correction"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_correction_tenant" ON "ledger_correction"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_correction" ADD CONSTRAINT "FK_ba76d505a74a0d3bb1d8fe043b2" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_correction" ADD CONSTRAINT "FK_0ef3c9c7735ee084d8ea456d334" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_correction" ADD CONSTRAINT "FK_0ce556324fe423e2c40658efdcb" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "ledger_correction" DROP CONSTRAINT "FK_0ce556324fe423e2c40658efdcb"',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_correction" DROP CONSTRAINT "FK_0ef3c9c7735ee084d8ea456d334"',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_correction" DROP CONSTRAINT "FK_ba76d505a74a0d3bb1d8fe043b2"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_ledger_correction_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_ledger_correction_town"');
    await queryRunner.query('DROP INDEX "public"."ix_ledger_correction_village"');
    await queryRunner.query('DROP INDEX "public"."uq_ledger_correction_open"');
    await queryRunner.query('DROP INDEX "public"."ix_ledger_correction_status"');
    await queryRunner.query('DROP TABLE "ledger_correction"');
  }
}
