import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeclarationsSchema1795822597436 implements MigrationInterface {
  name = 'DeclarationsSchema1795822597436';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "declaration" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "resident_id" uuid NOT NULL, "declared_by" uuid NOT NULL, "channel" character varying(16) NOT NULL, "scoring_list_item_id" uuid NOT NULL, "item_code" character varying(32) NOT NULL, "acted_on" date NOT NULL, "quantity" numeric(10,2), "note" character varying(500) NOT NULL DEFAULT \'\', "idempotency_key" character varying(100) NOT NULL, "payload_hash" character varying(64) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'PENDING\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_declaration_idempotency" UNIQUE ("village_id", "idempotency_key"), CONSTRAINT "PK_162458b77df5671bc1cd2df4fa7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_resident" ON "declaration"  ("resident_id", "item_code", "acted_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_village" ON "declaration"  ("village_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_declaration_town" ON "declaration"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_tenant" ON "declaration"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "declaration_review" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "declaration_id" uuid NOT NULL, "reviewer" uuid NOT NULL, "decision" character varying(16) NOT NULL, "points" numeric(10,2), "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5745d4681cb731316e717aea2a4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_review_declaration" ON "declaration_review"  ("declaration_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_review_village" ON "declaration_review"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_review_town" ON "declaration_review"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_review_tenant" ON "declaration_review"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration" ADD CONSTRAINT "FK_6a005410a8486da1817e7667aab" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration" ADD CONSTRAINT "FK_430acce0587f1b412aa3feab5c9" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration" ADD CONSTRAINT "FK_8225820c6cc63513e38337ec7d8" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration" ADD CONSTRAINT "FK_54b03e94839fc1b9d17892b7006" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration" ADD CONSTRAINT "FK_2ac5ec0289a01b5d7d55b6ef176" FOREIGN KEY ("scoring_list_item_id") REFERENCES "scoring_list_item"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_review" ADD CONSTRAINT "FK_58d8e030536a711d07c3183cd61" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_review" ADD CONSTRAINT "FK_39407f4b78825a71b0a90ebf3d4" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_review" ADD CONSTRAINT "FK_850acdb5fc63100b93d0c8a5861" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_review" ADD CONSTRAINT "FK_593b4e8d5e24caddd68e2405b22" FOREIGN KEY ("declaration_id") REFERENCES "declaration"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "declaration_review" DROP CONSTRAINT "FK_593b4e8d5e24caddd68e2405b22"',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_review" DROP CONSTRAINT "FK_850acdb5fc63100b93d0c8a5861"',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_review" DROP CONSTRAINT "FK_39407f4b78825a71b0a90ebf3d4"',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_review" DROP CONSTRAINT "FK_58d8e030536a711d07c3183cd61"',
    );
    await queryRunner.query('ALTER TABLE "declaration" DROP CONSTRAINT "FK_2ac5ec0289a01b5d7d55b6ef176"');
    await queryRunner.query('ALTER TABLE "declaration" DROP CONSTRAINT "FK_54b03e94839fc1b9d17892b7006"');
    await queryRunner.query('ALTER TABLE "declaration" DROP CONSTRAINT "FK_8225820c6cc63513e38337ec7d8"');
    await queryRunner.query('ALTER TABLE "declaration" DROP CONSTRAINT "FK_430acce0587f1b412aa3feab5c9"');
    await queryRunner.query('ALTER TABLE "declaration" DROP CONSTRAINT "FK_6a005410a8486da1817e7667aab"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_review_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_review_town"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_review_village"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_review_declaration"');
    await queryRunner.query('DROP TABLE "declaration_review"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_town"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_village"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_resident"');
    await queryRunner.query('DROP TABLE "declaration"');
  }
}
