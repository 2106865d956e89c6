import { NotificationKind } from '@village/platform-notifications';
import { pendingSchemaChanges } from '../../tools/db/schema-diff';
import { createTestDatabase } from '../support/test-database';

describe('migrations', () => {
  it('bring a database exactly to what the entities describe (no drift)', async () => {
    const db = await createTestDatabase();
    try {
      const changes = await pendingSchemaChanges(db.adminUrl);
      expect(changes.up).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  // TypeORM compares check constraints by name only, so the drift check cannot see a new enum value.
  it('allow every notification kind the code knows', async () => {
    const db = await createTestDatabase();
    try {
      const [row] = await db.adminQuery<{ def: string }>(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_notification_kind'`,
      );
      for (const kind of Object.values(NotificationKind)) expect(row.def).toContain(`'${kind}'`);
    } finally {
      await db.drop();
    }
  });
});
