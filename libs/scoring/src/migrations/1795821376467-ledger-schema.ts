import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerSchema1795821376467 implements MigrationInterface {
  name = 'LedgerSchema1795821376467';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "ledger_entry" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "seq" bigint NOT NULL, "kind" character varying(16) NOT NULL, "resident_id" uuid NOT NULL, "track" character varying(16) NOT NULL, "points" numeric(10,2) NOT NULL, "item_code" character varying(32) NOT NULL, "item_name" character varying(128) NOT NULL, "item_points_min" numeric(10,2) NOT NULL, "item_points_max" numeric(10,2) NOT NULL, "quantity" numeric(10,2), "repeat_multiplier" numeric(6,2) NOT NULL DEFAULT \'1\', "acted_on" date NOT NULL, "expires_on" date, "declaration_id" uuid, "declared_by" uuid, "reviewed_by" uuid, "reverses_entry_id" uuid, "reason" character varying(500), "idempotency_key" character varying(100) NOT NULL, "payload_hash" character varying(64) NOT NULL, "prev_hash" character varying(64) NOT NULL, "entry_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_ledger_entry_idempotency" UNIQUE ("village_id", "idempotency_key"), CONSTRAINT "uq_ledger_entry_seq" UNIQUE ("village_id", "seq"), CONSTRAINT "ck_ledger_entry_reversal" CHECK (("kind" = \'REVERSAL\') = ("reverses_entry_id" IS NOT NULL)), CONSTRAINT "PK_04e9d274911f909a5848a15cd74" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_ledger_entry_reversal" ON "ledger_entry"  ("reverses_entry_id") WHERE "kind" = \'REVERSAL\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_entry_resident" ON "ledger_entry"  ("resident_id", "acted_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_entry_village" ON "ledger_entry"  ("village_id", "acted_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_ledger_entry_town" ON "ledger_entry"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_ledger_entry_tenant" ON "ledger_entry"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_entry" ADD CONSTRAINT "FK_caeaba95f7d31aaf243096acd77" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_entry" ADD CONSTRAINT "FK_b908c7f07d81ab91e1ba41e0a32" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_entry" ADD CONSTRAINT "FK_ddcecfb71bf36e75c4e01fe0c88" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_entry" ADD CONSTRAINT "FK_590f0f8c643dc67d812c5fce060" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ledger_entry" DROP CONSTRAINT "FK_590f0f8c643dc67d812c5fce060"');
    await queryRunner.query('ALTER TABLE "ledger_entry" DROP CONSTRAINT "FK_ddcecfb71bf36e75c4e01fe0c88"');
    await queryRunner.query('ALTER TABLE "ledger_entry" DROP CONSTRAINT "FK_b908c7f07d81ab91e1ba41e0a32"');
    await queryRunner.query('ALTER TABLE "ledger_entry" DROP CONSTRAINT "FK_caeaba95f7d31aaf243096acd77"');
    await queryRunner.query('DROP INDEX "public"."ix_ledger_entry_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_ledger_entry_town"');
    await queryRunner.query('DROP INDEX "public"."ix_ledger_entry_village"');
    await queryRunner.query('DROP INDEX "public"."ix_ledger_entry_resident"');
    await queryRunner.query('DROP INDEX "public"."uq_ledger_entry_reversal"');
    await queryRunner.query('DROP TABLE "ledger_entry"');
  }
}
