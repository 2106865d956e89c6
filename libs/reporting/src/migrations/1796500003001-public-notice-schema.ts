import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicNoticeSchema1796500003001 implements MigrationInterface {
  name = 'PublicNoticeSchema1796500003001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "checkpoint_countersign" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "checkpoint_id" uuid NOT NULL, "root_hash" character varying(64) NOT NULL, "unit_name" character varying(100) NOT NULL, "capacity" character varying(24) NOT NULL, "signer_name" character varying(100) NOT NULL, "statement" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "signed_by" uuid NOT NULL, CONSTRAINT "uq_checkpoint_countersign" UNIQUE ("checkpoint_id", "signed_by"), CONSTRAINT "PK_f4c7fd0d7a7147dce822f0235a2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_checkpoint_countersign_village" ON "checkpoint_countersign"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_checkpoint_countersign_town" ON "checkpoint_countersign"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_checkpoint_countersign_tenant" ON "checkpoint_countersign"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "digest_checkpoint" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "seq" bigint NOT NULL, "root_hash" character varying(64) NOT NULL, "public_key" character varying(64) NOT NULL, "signature" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_digest_checkpoint_seq" UNIQUE ("district_id", "seq"), CONSTRAINT "PK_83340d9236b70fbf330976236ce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_digest_checkpoint_village" ON "digest_checkpoint"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_digest_checkpoint_town" ON "digest_checkpoint"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_digest_checkpoint_tenant" ON "digest_checkpoint"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "published_artefact" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "seq" bigint NOT NULL, "kind" character varying(24) NOT NULL, "artefact_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "canonical" text NOT NULL, "digest" character varying(64) NOT NULL, "prev_hash" character varying(64) NOT NULL, "entry_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_published_artefact_source" UNIQUE ("artefact_id"), CONSTRAINT "uq_published_artefact_seq" UNIQUE ("district_id", "seq"), CONSTRAINT "PK_fd25d5d4b698fe0a78c645e7b8a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_published_artefact_village" ON "published_artefact"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_published_artefact_town" ON "published_artefact"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_published_artefact_tenant" ON "published_artefact"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "checkpoint_countersign" ADD CONSTRAINT "FK_7a8c5877ee4c492c1f80653950b" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "checkpoint_countersign" ADD CONSTRAINT "FK_8c0f7de5530744636c9f96563ee" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "checkpoint_countersign" ADD CONSTRAINT "FK_44a1c5b1b797f9edc03dbbdaf53" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "digest_checkpoint" ADD CONSTRAINT "FK_c4404cf613413d351d21228f201" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "digest_checkpoint" ADD CONSTRAINT "FK_73342822ff32a836e9069b3ed3c" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "digest_checkpoint" ADD CONSTRAINT "FK_031c121f9e3417a4bf308f95827" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "published_artefact" ADD CONSTRAINT "FK_8f49a230a080810b55c57159e51" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "published_artefact" ADD CONSTRAINT "FK_94edb0037fdc34384705ff88e6e" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "published_artefact" ADD CONSTRAINT "FK_e55e702071cf0828e303cb9f403" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "published_artefact" DROP CONSTRAINT "FK_e55e702071cf0828e303cb9f403"',
    );
    await queryRunner.query(
      'ALTER TABLE "published_artefact" DROP CONSTRAINT "FK_94edb0037fdc34384705ff88e6e"',
    );
    await queryRunner.query(
      'ALTER TABLE "published_artefact" DROP CONSTRAINT "FK_8f49a230a080810b55c57159e51"',
    );
    await queryRunner.query(
      'ALTER TABLE "digest_checkpoint" DROP CONSTRAINT "FK_031c121f9e3417a4bf308f95827"',
    );
    await queryRunner.query(
      'ALTER TABLE "digest_checkpoint" DROP CONSTRAINT "FK_73342822ff32a836e9069b3ed3c"',
    );
    await queryRunner.query(
      'ALTER TABLE "digest_checkpoint" DROP CONSTRAINT "FK_c4404cf613413d351d21228f201"',
    );
    await queryRunner.query(
      'ALTER TABLE "checkpoint_countersign" DROP CONSTRAINT "FK_44a1c5b1b797f9edc03dbbdaf53"',
    );
    await queryRunner.query(
      'ALTER TABLE "checkpoint_countersign" DROP CONSTRAINT "FK_8c0f7de5530744636c9f96563ee"',
    );
    await queryRunner.query(
      'ALTER TABLE "checkpoint_countersign" DROP CONSTRAINT "FK_7a8c5877ee4c492c1f80653950b"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_published_artefact_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_published_artefact_town"');
    await queryRunner.query('DROP INDEX "public"."ix_published_artefact_village"');
    await queryRunner.query('DROP TABLE "published_artefact"');
    await queryRunner.query('DROP INDEX "public"."ix_digest_checkpoint_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_digest_checkpoint_town"');
    await queryRunner.query('DROP INDEX "public"."ix_digest_checkpoint_village"');
    await queryRunner.query('DROP TABLE "digest_checkpoint"');
    await queryRunner.query('DROP INDEX "public"."ix_checkpoint_countersign_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_checkpoint_countersign_town"');
    await queryRunner.query('DROP INDEX "public"."ix_checkpoint_countersign_village"');
    await queryRunner.query('DROP TABLE "checkpoint_countersign"');
  }
}
