import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConstraintSchema1796500001002 implements MigrationInterface {
  name = 'ConstraintSchema1796500001002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "by_election" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "case_id" uuid NOT NULL, "ended_role_id" uuid NOT NULL, "household_ids" uuid array NOT NULL, "term_end" date, "status" character varying(8) NOT NULL, "elected_resident_id" uuid, "elected_role_id" uuid, "elected_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_by_election_case" UNIQUE ("case_id"), CONSTRAINT "PK_53a3fc58093dfe1811e16ebad32" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_by_election_village" ON "by_election"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_by_election_town" ON "by_election"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_by_election_tenant" ON "by_election"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "constraint_case" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "year" integer NOT NULL, "kind" character varying(16) NOT NULL, "resident_id" uuid NOT NULL, "resident_name" character varying(60) NOT NULL, "basis" character varying(200) NOT NULL, "deadline" date, "role_id" uuid, "mentor_resident_id" uuid, "outcome" character varying(16), "outcome_text" character varying(1000), "outcome_on" date, "outcome_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_constraint_case" UNIQUE ("village_id", "year", "kind", "resident_id"), CONSTRAINT "PK_91055c6ad23b2d16586f7e89b00" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_constraint_case_town" ON "constraint_case"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_constraint_case_tenant" ON "constraint_case"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentoring_rule" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "max_stars" integer, "bottom_percent" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "uq_mentoring_rule" UNIQUE ("village_id", "created_at"), CONSTRAINT "ck_mentoring_rule_percent" CHECK ("bottom_percent" IS NULL OR "bottom_percent" BETWEEN 1 AND 50), CONSTRAINT "ck_mentoring_rule_one" CHECK (("max_stars" IS NULL) <> ("bottom_percent" IS NULL)), CONSTRAINT "PK_9b8dc1ff086f8b39ac8f9c3ccd4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_mentoring_rule_town" ON "mentoring_rule"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_mentoring_rule_tenant" ON "mentoring_rule"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentoring_visit" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "case_id" uuid NOT NULL, "visited_on" date NOT NULL, "note" character varying(1000) NOT NULL, "agreed_improvement" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "PK_b93c86608097df9e99b3541f909" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentoring_visit_village" ON "mentoring_visit"  ("village_id", "case_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_mentoring_visit_town" ON "mentoring_visit"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_mentoring_visit_tenant" ON "mentoring_visit"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "by_election" ADD CONSTRAINT "FK_dc05fa6daf2ef39d6980cfb1dee" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "by_election" ADD CONSTRAINT "FK_32c74aaeacca20c02492c5b71e0" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "by_election" ADD CONSTRAINT "FK_3ce533e272e8f29aacc09ac8859" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "constraint_case" ADD CONSTRAINT "FK_294e252634c3e988733b439e3e4" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "constraint_case" ADD CONSTRAINT "FK_88682279d7d5f7d7c49ce6d9f89" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "constraint_case" ADD CONSTRAINT "FK_e2126ca703aa7dbfd921a974c30" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_rule" ADD CONSTRAINT "FK_a52406b33f68710dc86e5c6e968" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_rule" ADD CONSTRAINT "FK_4533d50992c8f7655bdf45047ff" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_rule" ADD CONSTRAINT "FK_bd2700d5149c46c28b905e76305" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_visit" ADD CONSTRAINT "FK_9242de489a3b839291e858534a4" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_visit" ADD CONSTRAINT "FK_4f8cdd83231179951f292ca805f" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_visit" ADD CONSTRAINT "FK_346766aaf1eff6114d966e1a3bd" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mentoring_visit" DROP CONSTRAINT "FK_346766aaf1eff6114d966e1a3bd"');
    await queryRunner.query('ALTER TABLE "mentoring_visit" DROP CONSTRAINT "FK_4f8cdd83231179951f292ca805f"');
    await queryRunner.query('ALTER TABLE "mentoring_visit" DROP CONSTRAINT "FK_9242de489a3b839291e858534a4"');
    await queryRunner.query('ALTER TABLE "mentoring_rule" DROP CONSTRAINT "FK_bd2700d5149c46c28b905e76305"');
    await queryRunner.query('ALTER TABLE "mentoring_rule" DROP CONSTRAINT "FK_4533d50992c8f7655bdf45047ff"');
    await queryRunner.query('ALTER TABLE "mentoring_rule" DROP CONSTRAINT "FK_a52406b33f68710dc86e5c6e968"');
    await queryRunner.query('ALTER TABLE "constraint_case" DROP CONSTRAINT "FK_e2126ca703aa7dbfd921a974c30"');
    await queryRunner.query('ALTER TABLE "constraint_case" DROP CONSTRAINT "FK_88682279d7d5f7d7c49ce6d9f89"');
    await queryRunner.query('ALTER TABLE "constraint_case" DROP CONSTRAINT "FK_294e252634c3e988733b439e3e4"');
    await queryRunner.query('ALTER TABLE "by_election" DROP CONSTRAINT "FK_3ce533e272e8f29aacc09ac8859"');
    await queryRunner.query('ALTER TABLE "by_election" DROP CONSTRAINT "FK_32c74aaeacca20c02492c5b71e0"');
    await queryRunner.query('ALTER TABLE "by_election" DROP CONSTRAINT "FK_dc05fa6daf2ef39d6980cfb1dee"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_visit_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_visit_town"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_visit_village"');
    await queryRunner.query('DROP TABLE "mentoring_visit"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_rule_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_mentoring_rule_town"');
    await queryRunner.query('DROP TABLE "mentoring_rule"');
    await queryRunner.query('DROP INDEX "public"."ix_constraint_case_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_constraint_case_town"');
    await queryRunner.query('DROP TABLE "constraint_case"');
    await queryRunner.query('DROP INDEX "public"."ix_by_election_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_by_election_town"');
    await queryRunner.query('DROP INDEX "public"."ix_by_election_village"');
    await queryRunner.query('DROP TABLE "by_election"');
  }
}
