import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DashboardSchema1796500003003 implements MigrationInterface {
  name = 'DashboardSchema1796500003003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "village_figure_watermark" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "fingerprint" character varying(400) NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4cb56994f50be62dc4270e15f27" PRIMARY KEY ("village_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_village_figure_watermark_village" ON "village_figure_watermark"  ("village_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_village_figure_watermark_town" ON "village_figure_watermark"  ("town_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_village_figure_watermark_tenant" ON "village_figure_watermark"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "village_figure" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "year" integer NOT NULL, "period_kind" character varying(8) NOT NULL, "period_number" integer NOT NULL, "figure" character varying(40) NOT NULL, "value" numeric(16,2) NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d712b8e9bdc86665088900ffd2c" PRIMARY KEY ("village_id", "year", "period_kind", "period_number", "figure"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_village_figure_village" ON "village_figure"  ("village_id", "year", "period_kind", "period_number", "figure") ',
    );
    await queryRunner.query('CREATE INDEX "ix_village_figure_town" ON "village_figure"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_village_figure_tenant" ON "village_figure"  ("district_id", "town_id", "village_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_village_figure_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_village_figure_town"');
    await queryRunner.query('DROP INDEX "public"."ix_village_figure_village"');
    await queryRunner.query('DROP TABLE "village_figure"');
    await queryRunner.query('DROP INDEX "public"."ix_village_figure_watermark_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_village_figure_watermark_town"');
    await queryRunner.query('DROP INDEX "public"."ix_village_figure_watermark_village"');
    await queryRunner.query('DROP TABLE "village_figure_watermark"');
  }
}
