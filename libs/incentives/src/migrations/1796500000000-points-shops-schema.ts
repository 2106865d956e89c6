import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PointsShopsSchema1796500000000 implements MigrationInterface {
  name = 'PointsShopsSchema1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "points_policy" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "tracks" character varying(16) array NOT NULL, "rate" numeric(8,2) NOT NULL, "deductions_reduce" boolean NOT NULL, "account_level" character varying(16) NOT NULL, "expiry_mode" character varying(16) NOT NULL, "reset_month_day" character varying(5), "validity_months" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "ck_points_policy_reset" CHECK ("expiry_mode" <> \'YEARLY\' OR "reset_month_day" ~ \'^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$\'), CONSTRAINT "ck_points_policy_expiry" CHECK ("expiry_mode" IN (\'YEARLY\', \'QUARTERLY\', \'NONE\')), CONSTRAINT "ck_points_policy_level" CHECK ("account_level" IN (\'RESIDENT\', \'HOUSEHOLD\')), CONSTRAINT "ck_points_policy_rate" CHECK ("rate" > 0), CONSTRAINT "PK_fccadaba2e89d3bd3824ee4b437" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_points_policy_village" ON "points_policy"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_points_policy_town" ON "points_policy"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_points_policy_tenant" ON "points_policy"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "points_account" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "resident_id" uuid, "household_id" uuid, "balance" numeric(12,2) NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_points_account_balance" CHECK ("balance" >= 0), CONSTRAINT "ck_points_account_owner" CHECK (("resident_id" IS NULL) <> ("household_id" IS NULL)), CONSTRAINT "PK_97af13cdc3f34110ec457684d03" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_points_account_household" ON "points_account"  ("household_id") WHERE "household_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_points_account_resident" ON "points_account"  ("resident_id") WHERE "resident_id" IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "ix_points_account_village" ON "points_account"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_points_account_town" ON "points_account"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_points_account_tenant" ON "points_account"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "points_lot" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "account_id" uuid NOT NULL, "period_id" uuid, "amount" numeric(12,2) NOT NULL, "remaining" numeric(12,2) NOT NULL, "earned_on" date NOT NULL, "expires_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_points_lot_remaining" CHECK ("remaining" >= 0 AND "remaining" <= "amount"), CONSTRAINT "ck_points_lot_amount" CHECK ("amount" > 0), CONSTRAINT "PK_fa6b1b8dabcf8cf4841195093c6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_points_lot_account" ON "points_lot"  ("account_id", "expires_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_points_lot_village" ON "points_lot"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_points_lot_town" ON "points_lot"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_points_lot_tenant" ON "points_lot"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "points_movement" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "seq" bigint NOT NULL, "kind" character varying(16) NOT NULL, "account_id" uuid NOT NULL, "lot_id" uuid, "points" numeric(12,2) NOT NULL, "occurred_on" date NOT NULL, "period_id" uuid, "redemption_id" uuid, "reverses_movement_id" uuid, "reason" character varying(200), "idempotency_key" character varying(200) NOT NULL, "prev_hash" character(64) NOT NULL, "entry_hash" character(64) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_points_movement_idempotency" UNIQUE ("village_id", "idempotency_key"), CONSTRAINT "uq_points_movement_seq" UNIQUE ("village_id", "seq"), CONSTRAINT "ck_points_movement_kind" CHECK ("kind" IN (\'EARN\', \'SPEND\', \'RELEASE\', \'EXPIRE\', \'REVERSAL\')), CONSTRAINT "ck_points_movement_points" CHECK ("points" <> 0), CONSTRAINT "PK_a1e7651b3fa19c51a3e56ef4185" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_points_movement_redemption" ON "points_movement"  ("redemption_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_points_movement_account" ON "points_movement"  ("account_id", "seq") ',
    );
    await queryRunner.query('CREATE INDEX "ix_points_movement_town" ON "points_movement"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_points_movement_tenant" ON "points_movement"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "shop" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "name" character varying(64) NOT NULL, "kind" character varying(24) NOT NULL, "address" character varying(200), "opening_hours" character varying(100), "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "ck_shop_unit" CHECK ("town_id" IS NOT NULL), CONSTRAINT "ck_shop_kind" CHECK ("kind" IN (\'SUPERMARKET\', \'SERVICE_CENTRE\', \'VILLAGE_SERVICE\')), CONSTRAINT "PK_ad47b7c6121fe31cb4b05438e44" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_shop_village" ON "shop"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_shop_town" ON "shop"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_shop_tenant" ON "shop"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goods" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "shop_id" uuid NOT NULL, "name" character varying(64) NOT NULL, "description" character varying(500), "photo_url" character varying(500), "is_service" boolean NOT NULL DEFAULT false, "price_points" numeric(12,2) NOT NULL, "value_yuan" numeric(12,2), "unlimited" boolean NOT NULL DEFAULT false, "stock" integer NOT NULL DEFAULT \'0\', "limit_per_person" integer, "limit_per_household" integer, "limit_period" character varying(8) NOT NULL DEFAULT \'QUARTER\', "available_from" date, "available_until" date, "quarter_opening_days" integer, "min_stars" integer, "min_grade" character varying(16), "subject_types" character varying(16) array NOT NULL DEFAULT \'{}\', "pickup_days" integer NOT NULL DEFAULT \'7\', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "ck_goods_pickup_days" CHECK ("pickup_days" BETWEEN 1 AND 90), CONSTRAINT "ck_goods_min_stars" CHECK ("min_stars" IS NULL OR "min_stars" BETWEEN 0 AND 5), CONSTRAINT "ck_goods_opening_days" CHECK ("quarter_opening_days" IS NULL OR "quarter_opening_days" BETWEEN 1 AND 92), CONSTRAINT "ck_goods_limit_period" CHECK ("limit_period" IN (\'MONTH\', \'QUARTER\', \'YEAR\', \'EVER\')), CONSTRAINT "ck_goods_household_limit" CHECK ("limit_per_household" IS NULL OR "limit_per_household" > 0), CONSTRAINT "ck_goods_limits" CHECK ("limit_per_person" IS NULL OR "limit_per_person" > 0), CONSTRAINT "ck_goods_stock" CHECK ("stock" >= 0), CONSTRAINT "ck_goods_value" CHECK ("value_yuan" IS NULL OR "value_yuan" >= 0), CONSTRAINT "ck_goods_price" CHECK ("price_points" > 0), CONSTRAINT "PK_105e56546afe0823fa08df0baf7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_goods_shop" ON "goods"  ("shop_id", "name") ');
    await queryRunner.query('CREATE INDEX "ix_goods_village" ON "goods"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_goods_town" ON "goods"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_goods_tenant" ON "goods"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "stock_movement" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "goods_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "quantity" integer NOT NULL, "reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "ck_stock_movement_reason" CHECK ("kind" <> \'ADJUSTED\' OR length(btrim(coalesce("reason", \'\'))) > 0), CONSTRAINT "ck_stock_movement_received" CHECK ("kind" <> \'RECEIVED\' OR "quantity" > 0), CONSTRAINT "ck_stock_movement_kind" CHECK ("kind" IN (\'RECEIVED\', \'ADJUSTED\')), CONSTRAINT "ck_stock_movement_quantity" CHECK ("quantity" <> 0), CONSTRAINT "PK_9fe1232f916686ae8cf00294749" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_stock_movement_goods" ON "stock_movement"  ("goods_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_stock_movement_village" ON "stock_movement"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_stock_movement_town" ON "stock_movement"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_stock_movement_tenant" ON "stock_movement"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "redemption" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "shop_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "resident_id" uuid NOT NULL, "account_id" uuid NOT NULL, "quantity" integer NOT NULL, "points" numeric(12,2) NOT NULL, "goods_name" character varying(64) NOT NULL, "value_yuan" numeric(12,2), "status" character varying(16) NOT NULL, "limit_window" character varying(8) NOT NULL, "quota_holder_ids" uuid array NOT NULL DEFAULT \'{}\', "stock_taken" boolean NOT NULL, "pickup_code" character(6) NOT NULL, "pickup_by" date NOT NULL, "client_key" character varying(100) NOT NULL, "payload_hash" character(64) NOT NULL, "on_behalf_by" uuid, "resident_confirmation" character varying(200), "refund_requested_by" uuid, "refund_reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_redemption_client_key" UNIQUE ("village_id", "client_key"), CONSTRAINT "ck_redemption_on_behalf" CHECK ("on_behalf_by" IS NULL OR length(btrim(coalesce("resident_confirmation", \'\'))) > 0), CONSTRAINT "ck_redemption_status" CHECK ("status" IN (\'RESERVED\', \'PICKED_UP\', \'CANCELLED\', \'EXPIRED\', \'REFUNDED\')), CONSTRAINT "ck_redemption_points" CHECK ("points" > 0), CONSTRAINT "ck_redemption_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_e96b16cd3061a61305951bc95a3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_redemption_pickup_code" ON "redemption"  ("shop_id", "pickup_code") WHERE "status" = \'RESERVED\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_redemption_shop" ON "redemption"  ("shop_id", "status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_redemption_resident" ON "redemption"  ("resident_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_redemption_village" ON "redemption"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_redemption_town" ON "redemption"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_redemption_tenant" ON "redemption"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "redemption_event" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "id" uuid NOT NULL, "redemption_id" uuid NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "step" character varying(24) NOT NULL, "reason" character varying(200), "client_key" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "uq_redemption_event_client_key" UNIQUE ("village_id", "client_key"), CONSTRAINT "PK_eeceb298aa6ee34fa7ba04d1ba6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_redemption_event_redemption" ON "redemption_event"  ("redemption_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_redemption_event_village" ON "redemption_event"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_redemption_event_town" ON "redemption_event"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_redemption_event_tenant" ON "redemption_event"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "redemption_quota" ("district_id" uuid NOT NULL, "town_id" uuid NOT NULL, "village_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "holder_id" uuid NOT NULL, "window_key" character varying(8) NOT NULL, "used" integer NOT NULL, CONSTRAINT "ck_redemption_quota_used" CHECK ("used" >= 0), CONSTRAINT "PK_69dd219ecb529b35ec684ec392e" PRIMARY KEY ("goods_id", "holder_id", "window_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_redemption_quota_village" ON "redemption_quota"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_redemption_quota_town" ON "redemption_quota"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_redemption_quota_tenant" ON "redemption_quota"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "points_policy" ADD CONSTRAINT "FK_c8a907d790a4aa8c768dc515dff" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_policy" ADD CONSTRAINT "FK_41ee42b9cad24db8b9fe158ed1d" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_policy" ADD CONSTRAINT "FK_b6a199db99645e091cb34349299" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_account" ADD CONSTRAINT "FK_45f538917e8701919f6f17b5a7b" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_account" ADD CONSTRAINT "FK_19cbff6874268a49419bd04771c" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_account" ADD CONSTRAINT "FK_b612b2a5c23af3a721774808008" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_lot" ADD CONSTRAINT "FK_7735ca762c1f1af64bec54e0422" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_lot" ADD CONSTRAINT "FK_06ab078c2003c15b83eca319cad" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_lot" ADD CONSTRAINT "FK_4b8443eda2564ab472777378476" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_movement" ADD CONSTRAINT "FK_21fc2ec160fcbba24dbc93c7250" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_movement" ADD CONSTRAINT "FK_ea001d95e5c0a278514e245384e" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "points_movement" ADD CONSTRAINT "FK_952af3e23486db0d9708dded468" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shop" ADD CONSTRAINT "FK_b7754e5b72337b39100515b89a6" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shop" ADD CONSTRAINT "FK_ea3a4baa0e39cb98d26b1ebb2e8" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shop" ADD CONSTRAINT "FK_62a1e727da21d7c985fc5ecc640" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goods" ADD CONSTRAINT "FK_647872b293ffe649d9d43af7300" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goods" ADD CONSTRAINT "FK_afa873086b3c18eafb3d7ba4476" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goods" ADD CONSTRAINT "FK_1536cfe071b38400f196a9755e4" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_movement" ADD CONSTRAINT "FK_6a356e0145b034a2779b3c297a1" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_movement" ADD CONSTRAINT "FK_174672905befea6227e71b45079" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_movement" ADD CONSTRAINT "FK_d72394a90c32d165af0656bad91" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption" ADD CONSTRAINT "FK_ab7a187b132d25d17d8177061a6" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption" ADD CONSTRAINT "FK_fb54a0ed42ba0705cd868b12096" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption" ADD CONSTRAINT "FK_f7e52120b4bb45c57e355abde37" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_event" ADD CONSTRAINT "FK_cb24ac80780d94ebdbd2663fe6f" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_event" ADD CONSTRAINT "FK_b7e293aa814e1d37feb28e02840" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_event" ADD CONSTRAINT "FK_05adf422226dad6f176e6ed40c7" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_quota" ADD CONSTRAINT "FK_f23e9fbb3d0a4eb377e2b317b40" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_quota" ADD CONSTRAINT "FK_4f15ef6961f54a7ad133fe65f3d" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_quota" ADD CONSTRAINT "FK_3e6bae83fa5da29165768366d64" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "redemption_quota" DROP CONSTRAINT "FK_3e6bae83fa5da29165768366d64"',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_quota" DROP CONSTRAINT "FK_4f15ef6961f54a7ad133fe65f3d"',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_quota" DROP CONSTRAINT "FK_f23e9fbb3d0a4eb377e2b317b40"',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_event" DROP CONSTRAINT "FK_05adf422226dad6f176e6ed40c7"',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_event" DROP CONSTRAINT "FK_b7e293aa814e1d37feb28e02840"',
    );
    await queryRunner.query(
      'ALTER TABLE "redemption_event" DROP CONSTRAINT "FK_cb24ac80780d94ebdbd2663fe6f"',
    );
    await queryRunner.query('ALTER TABLE "redemption" DROP CONSTRAINT "FK_f7e52120b4bb45c57e355abde37"');
    await queryRunner.query('ALTER TABLE "redemption" DROP CONSTRAINT "FK_fb54a0ed42ba0705cd868b12096"');
    await queryRunner.query('ALTER TABLE "redemption" DROP CONSTRAINT "FK_ab7a187b132d25d17d8177061a6"');
    await queryRunner.query('ALTER TABLE "stock_movement" DROP CONSTRAINT "FK_d72394a90c32d165af0656bad91"');
    await queryRunner.query('ALTER TABLE "stock_movement" DROP CONSTRAINT "FK_174672905befea6227e71b45079"');
    await queryRunner.query('ALTER TABLE "stock_movement" DROP CONSTRAINT "FK_6a356e0145b034a2779b3c297a1"');
    await queryRunner.query('ALTER TABLE "goods" DROP CONSTRAINT "FK_1536cfe071b38400f196a9755e4"');
    await queryRunner.query('ALTER TABLE "goods" DROP CONSTRAINT "FK_afa873086b3c18eafb3d7ba4476"');
    await queryRunner.query('ALTER TABLE "goods" DROP CONSTRAINT "FK_647872b293ffe649d9d43af7300"');
    await queryRunner.query('ALTER TABLE "shop" DROP CONSTRAINT "FK_62a1e727da21d7c985fc5ecc640"');
    await queryRunner.query('ALTER TABLE "shop" DROP CONSTRAINT "FK_ea3a4baa0e39cb98d26b1ebb2e8"');
    await queryRunner.query('ALTER TABLE "shop" DROP CONSTRAINT "FK_b7754e5b72337b39100515b89a6"');
    await queryRunner.query('ALTER TABLE "points_movement" DROP CONSTRAINT "FK_952af3e23486db0d9708dded468"');
    await queryRunner.query('ALTER TABLE "points_movement" DROP CONSTRAINT "FK_ea001d95e5c0a278514e245384e"');
    await queryRunner.query('ALTER TABLE "points_movement" DROP CONSTRAINT "FK_21fc2ec160fcbba24dbc93c7250"');
    await queryRunner.query('ALTER TABLE "points_lot" DROP CONSTRAINT "FK_4b8443eda2564ab472777378476"');
    await queryRunner.query('ALTER TABLE "points_lot" DROP CONSTRAINT "FK_06ab078c2003c15b83eca319cad"');
    await queryRunner.query('ALTER TABLE "points_lot" DROP CONSTRAINT "FK_7735ca762c1f1af64bec54e0422"');
    await queryRunner.query('ALTER TABLE "points_account" DROP CONSTRAINT "FK_b612b2a5c23af3a721774808008"');
    await queryRunner.query('ALTER TABLE "points_account" DROP CONSTRAINT "FK_19cbff6874268a49419bd04771c"');
    await queryRunner.query('ALTER TABLE "points_account" DROP CONSTRAINT "FK_45f538917e8701919f6f17b5a7b"');
    await queryRunner.query('ALTER TABLE "points_policy" DROP CONSTRAINT "FK_b6a199db99645e091cb34349299"');
    await queryRunner.query('ALTER TABLE "points_policy" DROP CONSTRAINT "FK_41ee42b9cad24db8b9fe158ed1d"');
    await queryRunner.query('ALTER TABLE "points_policy" DROP CONSTRAINT "FK_c8a907d790a4aa8c768dc515dff"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_quota_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_quota_town"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_quota_village"');
    await queryRunner.query('DROP TABLE "redemption_quota"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_event_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_event_town"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_event_village"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_event_redemption"');
    await queryRunner.query('DROP TABLE "redemption_event"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_town"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_village"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_resident"');
    await queryRunner.query('DROP INDEX "public"."ix_redemption_shop"');
    await queryRunner.query('DROP INDEX "public"."uq_redemption_pickup_code"');
    await queryRunner.query('DROP TABLE "redemption"');
    await queryRunner.query('DROP INDEX "public"."ix_stock_movement_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_stock_movement_town"');
    await queryRunner.query('DROP INDEX "public"."ix_stock_movement_village"');
    await queryRunner.query('DROP INDEX "public"."ix_stock_movement_goods"');
    await queryRunner.query('DROP TABLE "stock_movement"');
    await queryRunner.query('DROP INDEX "public"."ix_goods_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_goods_town"');
    await queryRunner.query('DROP INDEX "public"."ix_goods_village"');
    await queryRunner.query('DROP INDEX "public"."ix_goods_shop"');
    await queryRunner.query('DROP TABLE "goods"');
    await queryRunner.query('DROP INDEX "public"."ix_shop_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_shop_town"');
    await queryRunner.query('DROP INDEX "public"."ix_shop_village"');
    await queryRunner.query('DROP TABLE "shop"');
    await queryRunner.query('DROP INDEX "public"."ix_points_movement_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_points_movement_town"');
    await queryRunner.query('DROP INDEX "public"."ix_points_movement_account"');
    await queryRunner.query('DROP INDEX "public"."ix_points_movement_redemption"');
    await queryRunner.query('DROP TABLE "points_movement"');
    await queryRunner.query('DROP INDEX "public"."ix_points_lot_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_points_lot_town"');
    await queryRunner.query('DROP INDEX "public"."ix_points_lot_village"');
    await queryRunner.query('DROP INDEX "public"."ix_points_lot_account"');
    await queryRunner.query('DROP TABLE "points_lot"');
    await queryRunner.query('DROP INDEX "public"."ix_points_account_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_points_account_town"');
    await queryRunner.query('DROP INDEX "public"."ix_points_account_village"');
    await queryRunner.query('DROP INDEX "public"."uq_points_account_resident"');
    await queryRunner.query('DROP INDEX "public"."uq_points_account_household"');
    await queryRunner.query('DROP TABLE "points_account"');
    await queryRunner.query('DROP INDEX "public"."ix_points_policy_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_points_policy_town"');
    await queryRunner.query('DROP INDEX "public"."ix_points_policy_village"');
    await queryRunner.query('DROP TABLE "points_policy"');
  }
}
