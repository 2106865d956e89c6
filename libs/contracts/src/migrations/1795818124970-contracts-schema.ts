import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContractsSchema1795818124970 implements MigrationInterface {
  name = 'ContractsSchema1795818124970';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "contract_template" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "colour" character varying(8) NOT NULL, "title" character varying(64) NOT NULL, "clauses" text array NOT NULL DEFAULT \'{}\', "item_codes" text array NOT NULL DEFAULT \'{}\', "version" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'DRAFT\', "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "extends_template_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "ck_contract_template_status" CHECK ("status" IN (\'DRAFT\', \'PUBLISHED\')), CONSTRAINT "ck_contract_template_extends" CHECK (("town_id" IS NULL) = ("extends_template_id" IS NULL)), CONSTRAINT "ck_contract_template_owner" CHECK ("village_id" IS NULL), CONSTRAINT "PK_4bd19cbbc18731c95e0fe5004bb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_contract_template_town_version" ON "contract_template"  ("town_id", "colour", "version") WHERE "town_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_contract_template_district_version" ON "contract_template"  ("district_id", "colour", "version") WHERE "town_id" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_contract_template_village" ON "contract_template"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_contract_template_town" ON "contract_template"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_contract_template_tenant" ON "contract_template"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contract" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "year" integer NOT NULL, "colour" character varying(8) NOT NULL, "template_id" uuid NOT NULL, "template_version" integer NOT NULL, "title" character varying(64) NOT NULL, "clauses" text array NOT NULL, "item_codes" text array NOT NULL, "resident_id" uuid, "household_id" uuid, "status" character varying(16) NOT NULL DEFAULT \'DRAFT\', "signed_on" date, "witness_name" character varying(64), "witness_resident_id" uuid, "signed_by" uuid, "terminated_on" date, "termination_reason" character varying(200), "terminated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "ck_contract_status" CHECK ("status" IN (\'DRAFT\', \'SIGNED\', \'TERMINATED\')), CONSTRAINT "ck_contract_party" CHECK (("resident_id" IS NULL) <> ("household_id" IS NULL) AND ("colour" = \'BLUE\') = ("household_id" IS NOT NULL)), CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_contract_live_household" ON "contract"  ("household_id", "colour", "year") WHERE "household_id" IS NOT NULL AND "status" <> \'TERMINATED\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_contract_live_resident" ON "contract"  ("resident_id", "colour", "year") WHERE "resident_id" IS NOT NULL AND "status" <> \'TERMINATED\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_contract_village" ON "contract"  ("village_id", "year", "colour") ',
    );
    await queryRunner.query('CREATE INDEX "ix_contract_town" ON "contract"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_contract_tenant" ON "contract"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contract_event" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "contract_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "effective_on" date, "detail" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_a0a0fdb2918e838e546c3b5fd01" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_contract_event_contract" ON "contract_event"  ("contract_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_contract_event_village" ON "contract_event"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_contract_event_town" ON "contract_event"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_contract_event_tenant" ON "contract_event"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_template" ADD CONSTRAINT "FK_4057e1530a128486e16b2ff9294" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_template" ADD CONSTRAINT "FK_ff28273d65fd3372408ce755dd6" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_template" ADD CONSTRAINT "FK_5efd6442ca1f4efb2d9248df836" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_template" ADD CONSTRAINT "FK_20c2f1a90b7e18316f5e3afe9cb" FOREIGN KEY ("extends_template_id") REFERENCES "contract_template"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_364db82b428c7731130fd495eea" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_b86b1528d0b7e25419c10030b25" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_2b04153af7ff3a5d33fa971681a" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_4bd19cbbc18731c95e0fe5004bb" FOREIGN KEY ("template_id") REFERENCES "contract_template"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_6e98ee9bed0e7b69ca3fec522ca" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_d1dc1617782a33d2e9ebfb6c634" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_a4669fa5ec620b3349032c81e53" FOREIGN KEY ("witness_resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_event" ADD CONSTRAINT "FK_a75d4a2532e04b3415014397b2d" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_event" ADD CONSTRAINT "FK_72b143d945dd8824135733ebf7f" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_event" ADD CONSTRAINT "FK_fbb427edb3dd2bb00cf84d6f787" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_event" ADD CONSTRAINT "FK_654c5b3eae51e91ad465ad7daa0" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "contract_event" DROP CONSTRAINT "FK_654c5b3eae51e91ad465ad7daa0"');
    await queryRunner.query('ALTER TABLE "contract_event" DROP CONSTRAINT "FK_fbb427edb3dd2bb00cf84d6f787"');
    await queryRunner.query('ALTER TABLE "contract_event" DROP CONSTRAINT "FK_72b143d945dd8824135733ebf7f"');
    await queryRunner.query('ALTER TABLE "contract_event" DROP CONSTRAINT "FK_a75d4a2532e04b3415014397b2d"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_a4669fa5ec620b3349032c81e53"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_d1dc1617782a33d2e9ebfb6c634"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_6e98ee9bed0e7b69ca3fec522ca"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_4bd19cbbc18731c95e0fe5004bb"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_2b04153af7ff3a5d33fa971681a"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_b86b1528d0b7e25419c10030b25"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_364db82b428c7731130fd495eea"');
    await queryRunner.query(
      'ALTER TABLE "contract_template" DROP CONSTRAINT "FK_20c2f1a90b7e18316f5e3afe9cb"',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_template" DROP CONSTRAINT "FK_5efd6442ca1f4efb2d9248df836"',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_template" DROP CONSTRAINT "FK_ff28273d65fd3372408ce755dd6"',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_template" DROP CONSTRAINT "FK_4057e1530a128486e16b2ff9294"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_contract_event_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_event_town"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_event_village"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_event_contract"');
    await queryRunner.query('DROP TABLE "contract_event"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_town"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_village"');
    await queryRunner.query('DROP INDEX "public"."uq_contract_live_resident"');
    await queryRunner.query('DROP INDEX "public"."uq_contract_live_household"');
    await queryRunner.query('DROP TABLE "contract"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_template_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_template_town"');
    await queryRunner.query('DROP INDEX "public"."ix_contract_template_village"');
    await queryRunner.query('DROP INDEX "public"."uq_contract_template_district_version"');
    await queryRunner.query('DROP INDEX "public"."uq_contract_template_town_version"');
    await queryRunner.query('DROP TABLE "contract_template"');
  }
}
