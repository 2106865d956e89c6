import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResidentsSchema1795817586063 implements MigrationInterface {
  name = 'ResidentsSchema1795817586063';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "grid" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(64) NOT NULL, "leader_resident_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_grid_village_code" UNIQUE ("village_id", "code"), CONSTRAINT "PK_fe4aaa758ecdccd442f6b91855a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_grid_village" ON "grid"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_grid_town" ON "grid"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_grid_tenant" ON "grid"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "household" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "code" character varying(32) NOT NULL, "address" character varying(128), "head_resident_id" uuid, "grid_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_household_village_code" UNIQUE ("village_id", "code"), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_household_village" ON "household"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_household_town" ON "household"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_household_tenant" ON "household"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "resident" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "name" character varying(64) NOT NULL, "gender" character varying(8) NOT NULL, "birth_date" date NOT NULL, "id_number_cipher" text NOT NULL, "id_number_hash" character varying(64) NOT NULL, "id_number_masked" character varying(32) NOT NULL, "phone" character varying(32), "household_id" uuid, "grid_id" uuid, "status" character varying(16) NOT NULL DEFAULT \'ACTIVE\', "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_resident_user" UNIQUE ("user_id"), CONSTRAINT "uq_resident_id_number" UNIQUE ("district_id", "id_number_hash"), CONSTRAINT "PK_f1a321823d6f69d0e348535fd37" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_resident_household" ON "resident"  ("household_id") ');
    await queryRunner.query('CREATE INDEX "ix_resident_village" ON "resident"  ("village_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_resident_town" ON "resident"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_resident_tenant" ON "resident"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "subject_role" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "resident_id" uuid NOT NULL, "subject_type" character varying(16) NOT NULL, "start_date" date NOT NULL, "end_date" date, "probationary" boolean NOT NULL DEFAULT false, "term_end" date, "represented_household_ids" uuid array NOT NULL DEFAULT \'{}\', "end_reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_ab318c2b343056c35113edfbc4d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_subject_role_resident" ON "subject_role"  ("resident_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_subject_role_village" ON "subject_role"  ("village_id", "subject_type") ',
    );
    await queryRunner.query('CREATE INDEX "ix_subject_role_town" ON "subject_role"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_subject_role_tenant" ON "subject_role"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "grid" ADD CONSTRAINT "FK_e82ab1feb8331ff2880ad617ba1" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "grid" ADD CONSTRAINT "FK_43c710a7a367916b9d236b98092" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "grid" ADD CONSTRAINT "FK_24cb1066c2fc28e6b5c1e2e2ebd" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "grid" ADD CONSTRAINT "FK_8952a228c175a876ddb7d7595d9" FOREIGN KEY ("leader_resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "household" ADD CONSTRAINT "FK_e26882ee3c4a0c5b6def24fb67b" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "household" ADD CONSTRAINT "FK_a08d0a84a610a1dbcd4d2830d91" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "household" ADD CONSTRAINT "FK_46e492b287ade73e50de0ffa142" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "household" ADD CONSTRAINT "FK_e097243aeb9811c27ee817459fe" FOREIGN KEY ("head_resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "household" ADD CONSTRAINT "FK_f3ee81d63486536607f4f6626d8" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident" ADD CONSTRAINT "FK_19171a751bc992c098f733579c1" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident" ADD CONSTRAINT "FK_bdaa5af4f8b0fd248561d5d8798" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident" ADD CONSTRAINT "FK_ea2b691e38c17551b82f733af28" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident" ADD CONSTRAINT "FK_48a10fd237e3079ad2d5fc0d7fc" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident" ADD CONSTRAINT "FK_1af51a4f9e13504514e9b473683" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident" ADD CONSTRAINT "FK_4bae3d056c15f056da79d2fab8e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "subject_role" ADD CONSTRAINT "FK_d7637726e5d93bfbe48fc0e9273" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "subject_role" ADD CONSTRAINT "FK_d1c3e8bf9cc32c95a5b5d5805e9" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "subject_role" ADD CONSTRAINT "FK_48302826d69345ea7a085edb878" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "subject_role" ADD CONSTRAINT "FK_4abbaba0cd50781224447aa537f" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "subject_role" DROP CONSTRAINT "FK_4abbaba0cd50781224447aa537f"');
    await queryRunner.query('ALTER TABLE "subject_role" DROP CONSTRAINT "FK_48302826d69345ea7a085edb878"');
    await queryRunner.query('ALTER TABLE "subject_role" DROP CONSTRAINT "FK_d1c3e8bf9cc32c95a5b5d5805e9"');
    await queryRunner.query('ALTER TABLE "subject_role" DROP CONSTRAINT "FK_d7637726e5d93bfbe48fc0e9273"');
    await queryRunner.query('ALTER TABLE "resident" DROP CONSTRAINT "FK_4bae3d056c15f056da79d2fab8e"');
    await queryRunner.query('ALTER TABLE "resident" DROP CONSTRAINT "FK_1af51a4f9e13504514e9b473683"');
    await queryRunner.query('ALTER TABLE "resident" DROP CONSTRAINT "FK_48a10fd237e3079ad2d5fc0d7fc"');
    await queryRunner.query('ALTER TABLE "resident" DROP CONSTRAINT "FK_ea2b691e38c17551b82f733af28"');
    await queryRunner.query('ALTER TABLE "resident" DROP CONSTRAINT "FK_bdaa5af4f8b0fd248561d5d8798"');
    await queryRunner.query('ALTER TABLE "resident" DROP CONSTRAINT "FK_19171a751bc992c098f733579c1"');
    await queryRunner.query('ALTER TABLE "household" DROP CONSTRAINT "FK_f3ee81d63486536607f4f6626d8"');
    await queryRunner.query('ALTER TABLE "household" DROP CONSTRAINT "FK_e097243aeb9811c27ee817459fe"');
    await queryRunner.query('ALTER TABLE "household" DROP CONSTRAINT "FK_46e492b287ade73e50de0ffa142"');
    await queryRunner.query('ALTER TABLE "household" DROP CONSTRAINT "FK_a08d0a84a610a1dbcd4d2830d91"');
    await queryRunner.query('ALTER TABLE "household" DROP CONSTRAINT "FK_e26882ee3c4a0c5b6def24fb67b"');
    await queryRunner.query('ALTER TABLE "grid" DROP CONSTRAINT "FK_8952a228c175a876ddb7d7595d9"');
    await queryRunner.query('ALTER TABLE "grid" DROP CONSTRAINT "FK_24cb1066c2fc28e6b5c1e2e2ebd"');
    await queryRunner.query('ALTER TABLE "grid" DROP CONSTRAINT "FK_43c710a7a367916b9d236b98092"');
    await queryRunner.query('ALTER TABLE "grid" DROP CONSTRAINT "FK_e82ab1feb8331ff2880ad617ba1"');
    await queryRunner.query('DROP INDEX "public"."ix_subject_role_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_subject_role_town"');
    await queryRunner.query('DROP INDEX "public"."ix_subject_role_village"');
    await queryRunner.query('DROP INDEX "public"."ix_subject_role_resident"');
    await queryRunner.query('DROP TABLE "subject_role"');
    await queryRunner.query('DROP INDEX "public"."ix_resident_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_resident_town"');
    await queryRunner.query('DROP INDEX "public"."ix_resident_village"');
    await queryRunner.query('DROP INDEX "public"."ix_resident_household"');
    await queryRunner.query('DROP TABLE "resident"');
    await queryRunner.query('DROP INDEX "public"."ix_household_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_household_town"');
    await queryRunner.query('DROP INDEX "public"."ix_household_village"');
    await queryRunner.query('DROP TABLE "household"');
    await queryRunner.query('DROP INDEX "public"."ix_grid_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_grid_town"');
    await queryRunner.query('DROP INDEX "public"."ix_grid_village"');
    await queryRunner.query('DROP TABLE "grid"');
  }
}
