import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsSchema1795821411662 implements MigrationInterface {
  name = 'NotificationsSchema1795821411662';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "id" uuid NOT NULL, "recipient_user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link_type" character varying(64), "link_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "ck_notification_link" CHECK (("link_type" IS NULL) = ("link_id" IS NULL)), CONSTRAINT "ck_notification_kind" CHECK ("kind" IN (\'DECLARATION_APPROVED\', \'DECLARATION_REJECTED\', \'NOTICE_OPENED\', \'OBJECTION_ANSWERED\', \'GRADE_PUBLISHED\', \'GENERAL\')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_recipient" ON "notification"  ("recipient_user_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_notification_village" ON "notification"  ("village_id") ');
    await queryRunner.query('CREATE INDEX "ix_notification_town" ON "notification"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_notification_tenant" ON "notification"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_read" ("district_id" uuid NOT NULL, "town_id" uuid, "village_id" uuid, "notification_id" uuid NOT NULL, "reader_user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_d5df1cea370b4e7a986b554a68d" PRIMARY KEY ("notification_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_read_reader" ON "notification_read"  ("reader_user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_read_village" ON "notification_read"  ("village_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_notification_read_town" ON "notification_read"  ("town_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_notification_read_tenant" ON "notification_read"  ("district_id", "town_id", "village_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_ffc5e86806a9a77ddb7f829249d" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_553256a92f249626fa3199d6891" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_deed57e024db59596393eb791c1" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_recipient" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_read" ADD CONSTRAINT "FK_6b93f2269b8e2a9e3002efbf9bd" FOREIGN KEY ("district_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_read" ADD CONSTRAINT "FK_b869cdaf2a21a81de79ac923782" FOREIGN KEY ("town_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_read" ADD CONSTRAINT "FK_5ed997587de97d981bd186d6134" FOREIGN KEY ("village_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_read" ADD CONSTRAINT "fk_notification_read_notification" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_read" ADD CONSTRAINT "fk_notification_read_reader" FOREIGN KEY ("reader_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification_read" DROP CONSTRAINT "fk_notification_read_reader"');
    await queryRunner.query(
      'ALTER TABLE "notification_read" DROP CONSTRAINT "fk_notification_read_notification"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_read" DROP CONSTRAINT "FK_5ed997587de97d981bd186d6134"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_read" DROP CONSTRAINT "FK_b869cdaf2a21a81de79ac923782"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_read" DROP CONSTRAINT "FK_6b93f2269b8e2a9e3002efbf9bd"',
    );
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_recipient"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_deed57e024db59596393eb791c1"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_553256a92f249626fa3199d6891"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_ffc5e86806a9a77ddb7f829249d"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_read_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_read_town"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_read_village"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_read_reader"');
    await queryRunner.query('DROP TABLE "notification_read"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_tenant"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_town"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_village"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_recipient"');
    await queryRunner.query('DROP TABLE "notification"');
  }
}
