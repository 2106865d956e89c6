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
});
