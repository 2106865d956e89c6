import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  appendOnly,
  dropAppendOnly,
  grantToApp,
  runStatements,
} from '@village/platform-db/migrations';

const SCOPE = 'public.app_in_scope(district_id, town_id, village_id)';
const ME = 'public.app_current_user_id()';

/**
 * The inbox is private to its recipient: cadres write notifications about units in their scope, but
 * reading is limited to one's own rows — not the whole scope, so an administrator cannot read the
 * villagers' inboxes. Reads are appended by the recipient; neither table is ever updated or deleted.
 */
export class NotificationsRls1795821411663 implements MigrationInterface {
  name = 'NotificationsRls1795821411663';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      'ALTER TABLE notification ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notification FORCE ROW LEVEL SECURITY',
      `CREATE POLICY notification_write ON notification FOR INSERT WITH CHECK (${SCOPE})`,
      `CREATE POLICY notification_own ON notification FOR SELECT USING (recipient_user_id = ${ME})`,
      grantToApp('notification', ['SELECT', 'INSERT']),
      ...appendOnly('notification'),

      'ALTER TABLE notification_read ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notification_read FORCE ROW LEVEL SECURITY',
      // Only the recipient marks a notification read (the subquery sees only their own notifications).
      `CREATE POLICY notification_read_own_insert ON notification_read FOR INSERT
         WITH CHECK (reader_user_id = ${ME}
                     AND EXISTS (SELECT 1 FROM notification n
                                  WHERE n.id = notification_id AND n.recipient_user_id = ${ME}))`,
      `CREATE POLICY notification_read_own ON notification_read FOR SELECT USING (reader_user_id = ${ME})`,
      grantToApp('notification_read', ['SELECT', 'INSERT']),
      ...appendOnly('notification_read'),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(
      queryRunner,
      ['notification_read', 'notification'].flatMap((table) => [
        ...dropAppendOnly(table),
        `REVOKE ALL ON ${table} FROM ${APP_ROLE}`,
      ]),
    );
    await queryRunner.query('DROP POLICY notification_read_own ON notification_read');
    await queryRunner.query('DROP POLICY notification_read_own_insert ON notification_read');
    await queryRunner.query('DROP POLICY notification_own ON notification');
    await queryRunner.query('DROP POLICY notification_write ON notification');
    await queryRunner.query('ALTER TABLE notification_read NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE notification_read DISABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE notification NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE notification DISABLE ROW LEVEL SECURITY');
  }
}
