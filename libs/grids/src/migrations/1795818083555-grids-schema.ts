import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GridsSchema1795818083555 implements MigrationInterface {
  name = 'GridsSchema1795818083555';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "post" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "grid_id" uuid NOT NULL, "name" character varying(64) NOT NULL, "duties" text NOT NULL DEFAULT \'\', "item_codes" text array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_post_grid_name" UNIQUE ("grid_id", "name"), CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_post_village" ON "post"  ("village_id", "grid_id") ');
    await queryRunner.query('CREATE INDEX "ix_post_town" ON "post"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_post_tenant" ON "post"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "post_assignment" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "post_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, "end_reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "ended_by" uuid, CONSTRAINT "ck_post_assignment_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_35ec81be906416f784de3ed54bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_post_assignment_resident" ON "post_assignment"  ("resident_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_post_assignment_post" ON "post_assignment"  ("post_id", "resident_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_post_assignment_village" ON "post_assignment"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_post_assignment_town" ON "post_assignment"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_post_assignment_tenant" ON "post_assignment"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "scoring_team" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "number" smallint NOT NULL, "name" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_scoring_team_village_number" UNIQUE ("village_id", "number"), CONSTRAINT "ck_scoring_team_number" CHECK ("number" BETWEEN 1 AND 3), CONSTRAINT "PK_b215fb8b73b8e04e8cd53e9f526" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_scoring_team_village" ON "scoring_team"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_scoring_team_town" ON "scoring_team"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_team_tenant" ON "scoring_team"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "scoring_team_member" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "team_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "start_date" date NOT NULL, "end_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "ck_scoring_team_member_kind" CHECK ("kind" IN (\'PARTY_PIONEER\', \'VILLAGE_CADRE\', \'MASSES_REPRESENTATIVE\')), CONSTRAINT "ck_scoring_team_member_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_d8efdf1b2564d5d76a5431cac8e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_team_member_team" ON "scoring_team_member"  ("team_id", "end_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_team_member_village" ON "scoring_team_member"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_team_member_town" ON "scoring_team_member"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scoring_team_member_tenant" ON "scoring_team_member"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "captain_rota" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "team_id" uuid NOT NULL, "version" integer NOT NULL, "starts_on" date NOT NULL, "period_days" integer NOT NULL, "resident_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_captain_rota_team_version" UNIQUE ("team_id", "version"), CONSTRAINT "ck_captain_rota_residents" CHECK (cardinality("resident_ids") > 0), CONSTRAINT "ck_captain_rota_period" CHECK ("period_days" BETWEEN 1 AND 366), CONSTRAINT "PK_f6c9f863104379fb118e15a34a2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_captain_rota_village" ON "captain_rota"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_captain_rota_town" ON "captain_rota"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_captain_rota_tenant" ON "captain_rota"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "governance_team" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "version" integer NOT NULL, "effective_from" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_governance_team_village_version" UNIQUE ("village_id", "version"), CONSTRAINT "PK_f19968348472d32edf53b50fca0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_governance_team_town" ON "governance_team"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_governance_team_tenant" ON "governance_team"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "governance_team_member" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "team_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "duty_title" character varying(32) NOT NULL, "full_time" boolean, "position" smallint NOT NULL, CONSTRAINT "uq_governance_team_member_resident" UNIQUE ("team_id", "resident_id"), CONSTRAINT "ck_governance_team_member_role" CHECK ("role" IN (\'LEADER\', \'DEPUTY\', \'GRID_WORKER\')), CONSTRAINT "PK_8928f241d3d61b44426cbadb2a3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_governance_team_member_village" ON "governance_team_member"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_governance_team_member_town" ON "governance_team_member"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_governance_team_member_tenant" ON "governance_team_member"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "post" ADD CONSTRAINT "FK_95ed6c43851ed8db43f1b6d1936" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post" ADD CONSTRAINT "FK_5880f954d79fbbcf488fe3a823e" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post" ADD CONSTRAINT "FK_0f23e2c218f01dd1c40dada9bfa" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post" ADD CONSTRAINT "FK_6e062e142c9bc2e810f4eaaff89" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_assignment" ADD CONSTRAINT "FK_660adae694cbc26ee94bb1845cd" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_assignment" ADD CONSTRAINT "FK_4ab9811efe44ab722c944cc09e8" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_assignment" ADD CONSTRAINT "FK_6facb20f57e3dbefb4a3db356df" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_assignment" ADD CONSTRAINT "FK_3878b8c6e125657b04f219bfe0f" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_assignment" ADD CONSTRAINT "FK_375657c48c988c6ed9564e8d64a" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team" ADD CONSTRAINT "FK_44230e1e32c0e63e881130396cf" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team" ADD CONSTRAINT "FK_779641b2f4c0cbdafc9f55e0a27" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team" ADD CONSTRAINT "FK_4c0c89f51d3ef026ee9e25eba2e" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" ADD CONSTRAINT "FK_6818d727b29ab05dcd50e3bd1c0" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" ADD CONSTRAINT "FK_7702cb06bdf888eb1b1b7b021e3" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" ADD CONSTRAINT "FK_2fcdd6cd0881c6991475bfe8c0c" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" ADD CONSTRAINT "FK_3125111e5c18d639c5afdeedadf" FOREIGN KEY ("team_id") REFERENCES "scoring_team"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" ADD CONSTRAINT "FK_dbfc26a7b6b525183b465ca3240" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "captain_rota" ADD CONSTRAINT "FK_e8711aeeca36d2974ab116afdc1" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "captain_rota" ADD CONSTRAINT "FK_8278f58349e95cb3bf42ce37f27" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "captain_rota" ADD CONSTRAINT "FK_c2ecaea7cd30746b89778767666" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "captain_rota" ADD CONSTRAINT "FK_44423bed32e248677a90c115838" FOREIGN KEY ("team_id") REFERENCES "scoring_team"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team" ADD CONSTRAINT "FK_405026e2e40abaeade89f38bc09" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team" ADD CONSTRAINT "FK_80b88f2084220319f016bc6eb52" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team" ADD CONSTRAINT "FK_c05c53ee1b80c2b6fb2cc08372a" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" ADD CONSTRAINT "FK_18eece97074120221f7ddfcf8c3" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" ADD CONSTRAINT "FK_c5a33c117527c2c64bd4e5298dd" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" ADD CONSTRAINT "FK_19af705c107308ab3ec99982a5c" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" ADD CONSTRAINT "FK_1d53392cb8fe508453db385301b" FOREIGN KEY ("team_id") REFERENCES "governance_team"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" ADD CONSTRAINT "FK_4b0e08ed7ccaab49324ae6d4596" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" DROP CONSTRAINT "FK_4b0e08ed7ccaab49324ae6d4596"',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" DROP CONSTRAINT "FK_1d53392cb8fe508453db385301b"',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" DROP CONSTRAINT "FK_19af705c107308ab3ec99982a5c"',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" DROP CONSTRAINT "FK_c5a33c117527c2c64bd4e5298dd"',
    );
    await queryRunner.query(
      'ALTER TABLE "governance_team_member" DROP CONSTRAINT "FK_18eece97074120221f7ddfcf8c3"',
    );
    await queryRunner.query('ALTER TABLE "governance_team" DROP CONSTRAINT "FK_c05c53ee1b80c2b6fb2cc08372a"');
    await queryRunner.query('ALTER TABLE "governance_team" DROP CONSTRAINT "FK_80b88f2084220319f016bc6eb52"');
    await queryRunner.query('ALTER TABLE "governance_team" DROP CONSTRAINT "FK_405026e2e40abaeade89f38bc09"');
    await queryRunner.query('ALTER TABLE "captain_rota" DROP CONSTRAINT "FK_44423bed32e248677a90c115838"');
    await queryRunner.query('ALTER TABLE "captain_rota" DROP CONSTRAINT "FK_c2ecaea7cd30746b89778767666"');
    await queryRunner.query('ALTER TABLE "captain_rota" DROP CONSTRAINT "FK_8278f58349e95cb3bf42ce37f27"');
    await queryRunner.query('ALTER TABLE "captain_rota" DROP CONSTRAINT "FK_e8711aeeca36d2974ab116afdc1"');
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" DROP CONSTRAINT "FK_dbfc26a7b6b525183b465ca3240"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" DROP CONSTRAINT "FK_3125111e5c18d639c5afdeedadf"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" DROP CONSTRAINT "FK_2fcdd6cd0881c6991475bfe8c0c"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" DROP CONSTRAINT "FK_7702cb06bdf888eb1b1b7b021e3"',
    );
    await queryRunner.query(
      'ALTER TABLE "scoring_team_member" DROP CONSTRAINT "FK_6818d727b29ab05dcd50e3bd1c0"',
    );
    await queryRunner.query('ALTER TABLE "scoring_team" DROP CONSTRAINT "FK_4c0c89f51d3ef026ee9e25eba2e"');
    await queryRunner.query('ALTER TABLE "scoring_team" DROP CONSTRAINT "FK_779641b2f4c0cbdafc9f55e0a27"');
    await queryRunner.query('ALTER TABLE "scoring_team" DROP CONSTRAINT "FK_44230e1e32c0e63e881130396cf"');
    await queryRunner.query('ALTER TABLE "post_assignment" DROP CONSTRAINT "FK_375657c48c988c6ed9564e8d64a"');
    await queryRunner.query('ALTER TABLE "post_assignment" DROP CONSTRAINT "FK_3878b8c6e125657b04f219bfe0f"');
    await queryRunner.query('ALTER TABLE "post_assignment" DROP CONSTRAINT "FK_6facb20f57e3dbefb4a3db356df"');
    await queryRunner.query('ALTER TABLE "post_assignment" DROP CONSTRAINT "FK_4ab9811efe44ab722c944cc09e8"');
    await queryRunner.query('ALTER TABLE "post_assignment" DROP CONSTRAINT "FK_660adae694cbc26ee94bb1845cd"');
    await queryRunner.query('ALTER TABLE "post" DROP CONSTRAINT "FK_6e062e142c9bc2e810f4eaaff89"');
    await queryRunner.query('ALTER TABLE "post" DROP CONSTRAINT "FK_0f23e2c218f01dd1c40dada9bfa"');
    await queryRunner.query('ALTER TABLE "post" DROP CONSTRAINT "FK_5880f954d79fbbcf488fe3a823e"');
    await queryRunner.query('ALTER TABLE "post" DROP CONSTRAINT "FK_95ed6c43851ed8db43f1b6d1936"');
    await queryRunner.query('DROP INDEX "public"."ix_governance_team_member_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_governance_team_member_town"');
    await queryRunner.query('DROP INDEX "public"."ix_governance_team_member_village"');
    await queryRunner.query('DROP TABLE "governance_team_member"');
    await queryRunner.query('DROP INDEX "public"."ix_governance_team_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_governance_team_town"');
    await queryRunner.query('DROP TABLE "governance_team"');
    await queryRunner.query('DROP INDEX "public"."ix_captain_rota_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_captain_rota_town"');
    await queryRunner.query('DROP INDEX "public"."ix_captain_rota_village"');
    await queryRunner.query('DROP TABLE "captain_rota"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_team_member_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_team_member_town"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_team_member_village"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_team_member_team"');
    await queryRunner.query('DROP TABLE "scoring_team_member"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_team_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_team_town"');
    await queryRunner.query('DROP INDEX "public"."ix_scoring_team_village"');
    await queryRunner.query('DROP TABLE "scoring_team"');
    await queryRunner.query('DROP INDEX "public"."ix_post_assignment_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_post_assignment_town"');
    await queryRunner.query('DROP INDEX "public"."ix_post_assignment_village"');
    await queryRunner.query('DROP INDEX "public"."ix_post_assignment_post"');
    await queryRunner.query('DROP INDEX "public"."ix_post_assignment_resident"');
    await queryRunner.query('DROP TABLE "post_assignment"');
    await queryRunner.query('DROP INDEX "public"."ix_post_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_post_town"');
    await queryRunner.query('DROP INDEX "public"."ix_post_village"');
    await queryRunner.query('DROP TABLE "post"');
  }
}
