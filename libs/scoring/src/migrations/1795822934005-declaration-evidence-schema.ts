import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeclarationEvidenceSchema1795822934005 implements MigrationInterface {
  name = 'DeclarationEvidenceSchema1795822934005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "declaration_evidence" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "declaration_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(64) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94c0352466772b8e9542ea932e1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_evidence_declaration" ON "declaration_evidence"  ("declaration_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_evidence_village" ON "declaration_evidence"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_evidence_town" ON "declaration_evidence"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_declaration_evidence_tenant" ON "declaration_evidence"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_evidence" ADD CONSTRAINT "FK_b58259e5924d4b1f0db8e476a3c" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_evidence" ADD CONSTRAINT "FK_113fa9c099feb73732443f99b0f" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_evidence" ADD CONSTRAINT "FK_b50d63139713c91b6cbcf642b2c" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_evidence" ADD CONSTRAINT "FK_045446b8df02bc7837cbfed6dfd" FOREIGN KEY ("declaration_id") REFERENCES "declaration"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "declaration_evidence" DROP CONSTRAINT "FK_045446b8df02bc7837cbfed6dfd"',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_evidence" DROP CONSTRAINT "FK_b50d63139713c91b6cbcf642b2c"',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_evidence" DROP CONSTRAINT "FK_113fa9c099feb73732443f99b0f"',
    );
    await queryRunner.query(
      'ALTER TABLE "declaration_evidence" DROP CONSTRAINT "FK_b58259e5924d4b1f0db8e476a3c"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_declaration_evidence_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_evidence_town"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_evidence_village"');
    await queryRunner.query('DROP INDEX "public"."ix_declaration_evidence_declaration"');
    await queryRunner.query('DROP TABLE "declaration_evidence"');
  }
}
