import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResidentStatusChangeSchema1795817881216 implements MigrationInterface {
  name = 'ResidentStatusChangeSchema1795817881216';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "resident_status_change" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "resident_id" uuid NOT NULL, "from_status" character varying(16) NOT NULL, "to_status" character varying(16) NOT NULL, "reason" character varying(200) NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changed_by" uuid, CONSTRAINT "PK_2839c2f04d15d77384fde75e69c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_resident_status_change_resident" ON "resident_status_change"  ("resident_id", "changed_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_resident_status_change_village" ON "resident_status_change"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_resident_status_change_town" ON "resident_status_change"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_resident_status_change_tenant" ON "resident_status_change"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_status_change" ADD CONSTRAINT "FK_2787086b428dea4f24ea34ece33" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_status_change" ADD CONSTRAINT "FK_6aa02668b4fc204861d00c92d08" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_status_change" ADD CONSTRAINT "FK_3f18dfb63456036e71eccf95ada" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_status_change" ADD CONSTRAINT "FK_5dc921f231592325b3218ebf8bf" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "resident_status_change" DROP CONSTRAINT "FK_5dc921f231592325b3218ebf8bf"',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_status_change" DROP CONSTRAINT "FK_3f18dfb63456036e71eccf95ada"',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_status_change" DROP CONSTRAINT "FK_6aa02668b4fc204861d00c92d08"',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_status_change" DROP CONSTRAINT "FK_2787086b428dea4f24ea34ece33"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_resident_status_change_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_resident_status_change_town"');
    await queryRunner.query('DROP INDEX "public"."ix_resident_status_change_village"');
    await queryRunner.query('DROP INDEX "public"."ix_resident_status_change_resident"');
    await queryRunner.query('DROP TABLE "resident_status_change"');
  }
}
