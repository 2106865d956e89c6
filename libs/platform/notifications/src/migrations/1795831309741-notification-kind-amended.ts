import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = [
  'DECLARATION_APPROVED',
  'DECLARATION_REJECTED',
  'NOTICE_OPENED',
  'OBJECTION_ANSWERED',
  'GRADE_PUBLISHED',
  'GENERAL',
];
const KINDS_AFTER = [...KINDS_BEFORE.slice(0, 2), 'DECLARATION_AMENDED', ...KINDS_BEFORE.slice(2)];

const check = (kinds: string[]) =>
  `ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK ("kind" IN (${kinds.map((k) => `'${k}'`).join(', ')}))`;

/** A notification kind of its own for a declaration approved as corrected (修正后通过). */
export class NotificationKindAmended1795831309741 implements MigrationInterface {
  name = 'NotificationKindAmended1795831309741';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification DROP CONSTRAINT ck_notification_kind');
    await queryRunner.query(check(KINDS_AFTER));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification DROP CONSTRAINT ck_notification_kind');
    await queryRunner.query(check(KINDS_BEFORE));
  }
}
