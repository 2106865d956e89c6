import { Client } from 'pg';
import { APP_ROLE, OWNER_ROLE } from '@village/platform-db';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Isolation is enforced by PostgreSQL itself. These checks read the catalog and query as the app role
 * directly, without the API, so they hold whatever the application code does.
 */
describe('row-level security in the catalog and on the wire', () => {
  let t: TestApp;
  const asApp = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every table with a district_id column has row-level security enabled and forced', async () => {
    const tables = await t.db.adminQuery<{
      table: string;
      enabled: boolean;
      forced: boolean;
      policies: number;
    }>(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relkind IN ('r', 'p')
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'district_id' AND NOT a.attisdropped)`);
    expect(tables.map((r) => r.table).sort()).toEqual(
      expect.arrayContaining(['app_user', 'audit_log', 'org_unit', 'role_assignment']),
    );
    for (const table of tables) {
      expect({ table: table.table, enabled: table.enabled, forced: table.forced }).toEqual({
        table: table.table,
        enabled: true,
        forced: true,
      });
      expect(table.policies).toBeGreaterThan(0);
    }
  });

  it('every tenant column used by the policies is indexed as a leading column', async () => {
    const missing = await t.db.adminQuery<{ table: string; column: string }>(`
      SELECT c.relname AS table, a.attname AS column
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname IN ('district_id', 'town_id', 'village_id')
       WHERE c.relkind = 'r' AND c.relrowsecurity
         AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indkey[0] = a.attnum)`);
    expect(missing).toEqual([]);
  });

  it('every tenant table has a scope policy that reads the scope once per statement', async () => {
    const policies = await t.db.adminQuery<{ table: string; qual: string | null; check: string | null }>(
      `SELECT tablename AS table, qual, with_check AS check FROM pg_policies
        WHERE schemaname = 'public' AND (qual LIKE '%app.scope_villages%' OR with_check LIKE '%app.scope_villages%')`,
    );
    const tenantTables = await t.db.adminQuery<{ table: string }>(
      `SELECT DISTINCT table_name AS table FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'village_id'`,
    );
    // Read receipts are the recipient's alone: their policy is on the user, not the scope.
    const covered = new Set([...policies.map((p) => p.table), 'notification_read']);
    expect(tenantTables.map((r) => r.table).filter((table) => !covered.has(table))).toEqual([]);
    // The per-row form (app_in_scope parsing each setting for every row) is gone everywhere.
    const legacy = await t.db.adminQuery(
      `SELECT policyname FROM pg_policies
        WHERE coalesce(qual, '') LIKE '%app_in_scope(%' OR coalesce(with_check, '') LIKE '%app_in_scope(%'`,
    );
    expect(legacy).toEqual([]);
    expect(
      policies.every((p) => [p.qual, p.check].some((e) => e?.includes('SELECT app_setting_uuids'))),
    ).toBe(true);
  });

  it('the app role is not superuser, has no BYPASSRLS, owns no table and cannot delete', async () => {
    const [role] = await t.db.adminQuery<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [APP_ROLE],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await t.db.adminQuery(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
        WHERE r.rolname = $1`,
      [APP_ROLE],
    );
    expect(owned).toEqual([]);
    const [owner] = await t.db.adminQuery<{ owner: string }>(
      `SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname = 'org_unit'`,
    );
    expect(owner.owner).toBe(OWNER_ROLE);
    const deletable = await t.db.adminQuery(
      `SELECT table_name FROM information_schema.role_table_grants
        WHERE grantee = $1 AND privilege_type IN ('DELETE', 'TRUNCATE')`,
      [APP_ROLE],
    );
    expect(deletable).toEqual([]);
    const [who] = await asApp((c) =>
      c.query<{ current_user: string }>('SELECT current_user').then((r) => r.rows),
    );
    expect(who.current_user).toBe(APP_ROLE);
  });

  it('a transaction with no scope reads no rows from any tenant table', async () => {
    for (const table of ['org_unit', 'app_user', 'role_assignment', 'audit_log']) {
      const [adminCount] = await t.db.adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      if (table !== 'audit_log') expect(adminCount.n).toBeGreaterThan(0);
      const rows = await asApp(async (c) => {
        await c.query('BEGIN');
        const r = await c.query(`SELECT count(*)::int AS n FROM ${table}`);
        await c.query('COMMIT');
        return r.rows;
      });
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it('a scope set in one transaction does not carry over to the next on the same connection', async () => {
    const [village] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM org_unit WHERE name = '大泽头村'`,
    );
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope_villages', $1, true)`, [`{${village.id}}`]);
      const inside = await c.query('SELECT name FROM org_unit');
      await c.query('COMMIT');
      expect(inside.rows.map((r) => r.name)).toEqual(['大泽头村']);
      const after = await c.query('SELECT count(*)::int AS n FROM org_unit');
      expect(after.rows[0].n).toBe(0);
    });
  });

  it('the app role cannot write a row outside its scope, nor alter the audit log', async () => {
    const [dazetou, houjiaan] = await Promise.all(
      ['大泽头村', '侯家庵村'].map(
        async (name) =>
          (await t.db.adminQuery<{ id: string }>('SELECT id FROM org_unit WHERE name = $1', [name]))[0],
      ),
    );
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope_villages', $1, true)`, [`{${dazetou.id}}`]);
      const updated = await c.query(`UPDATE org_unit SET name = '被改' WHERE id = $1`, [houjiaan.id]);
      expect(updated.rowCount).toBe(0);
      await c.query('COMMIT');
      await expect(c.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
      await expect(c.query(`UPDATE audit_log SET outcome = 'SUCCESS'`)).rejects.toThrow(/permission denied/);
    });
  });

  it('interleaved transactions of two villages over one pool never see each other', async () => {
    const villages = await t.db.adminQuery<{ id: string; name: string }>(
      `SELECT id, name FROM org_unit WHERE name IN ('大泽头村', '侯家庵村')`,
    );
    const { Pool } = await import('pg');
    const pool = new Pool({ connectionString: t.db.appUrl, max: 4 });
    try {
      const leaks = await Promise.all(
        Array.from({ length: 80 }, async (_, i) => {
          const village = villages[i % 2];
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            await client.query(`SELECT set_config('app.scope_villages', $1, true)`, [`{${village.id}}`]);
            const { rows } = await client.query<{ name: string }>('SELECT name FROM org_unit');
            await client.query('COMMIT');
            return rows.filter((r) => r.name !== village.name).length;
          } finally {
            client.release();
          }
        }),
      );
      expect(leaks.reduce((a, b) => a + b, 0)).toBe(0);
    } finally {
      await pool.end();
    }
  });
});
