import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = [
  'DECLARATION_APPROVED',
  'DECLARATION_REJECTED',
  'DECLARATION_AMENDED',
  'NOTICE_OPENED',
  'OBJECTION_ANSWERED',
  'GRADE_PUBLISHED',
  'GENERAL',
];
const KINDS_AFTER = [
  'DECLARATION_APPROVED',
  'DECLARATION_REJECTED',
  'DECLARATION_AMENDED',
  'DECLARATION_PENDING',
  'NOTICE_OPENED',
  'OBJECTION_RAISED',
  'OBJECTION_OVERDUE',
  'OBJECTION_ANSWERED',
  'GRADE_PUBLISHED',
  'GENERAL',
];

const check = (kinds: string[]) =>
  `ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK ("kind" IN (${kinds.map((k) => `'${k}'`).join(', ')}))`;

/**
 * Reviewers are told too: a declaration awaiting review, an objection raised, an answer overdue (the
 * last at most once per recipient and objection, by a partial unique index).
 */
export class NotificationKindsReview1796200000001 implements MigrationInterface {
  name = 'NotificationKindsReview1796200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification DROP CONSTRAINT ck_notification_kind');
    await queryRunner.query(check(KINDS_AFTER));
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notification_once" ON "notification" ("recipient_user_id", "kind", "link_id") WHERE "kind" IN ('OBJECTION_OVERDUE')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_notification_once"');
    await queryRunner.query('ALTER TABLE notification DROP CONSTRAINT ck_notification_kind');
    await queryRunner.query(check(KINDS_BEFORE));
  }
}
