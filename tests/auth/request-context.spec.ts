import { Client } from 'pg';
import { ContextLoader } from '@village/platform-auth';
import { GRANT_ROLE, REVOKE_ROLE, USERS } from '../support/documents/accounts';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';

const ME = '{ me { username roles { role orgUnit { name level } } } }';
const VILLAGES = '{ villages(limit: 20) { total } }';

/**
 * The request context comes from one statement (app_request_context) read fresh on every request:
 * what an administrator changes in the accounts takes effect on the caller's very next request.
 */
describe('the request context, loaded in one statement', () => {
  let t: TestApp;
  let units: Record<
    string,
    { id: string; district_id: string; town_id: string | null; village_id: string | null }
  >;
  const userId = async (username: string) =>
    (await t.db.adminQuery<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [username]))[0].id;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const rows = await t.db.adminQuery<{
      id: string;
      name: string;
      district_id: string;
      town_id: string | null;
      village_id: string | null;
    }>('SELECT id, name, district_id, town_id, village_id FROM org_unit');
    units = Object.fromEntries(rows.map((r) => [r.name, r]));
  });
  afterAll(() => t.close());

  it('shows every live grant in the order granted; a revocation retires the token', async () => {
    const token = await t.login('dazetou-admin');
    const id = await userId('dazetou-admin');
    const district = await t.login('wendeng-admin');
    const grant = expectOk(
      await t.gql(
        GRANT_ROLE,
        { input: { userId: id, role: 'TOWN_ADMIN', unitId: units['宋村镇'].id } },
        district,
      ),
    ).grantRole;
    const before = await t.gql(ME, {}, token);
    expect(before.data?.me.roles).toEqual([
      { role: 'VILLAGE_ADMIN', orgUnit: { name: '大泽头村', level: 'VILLAGE' } },
      { role: 'TOWN_ADMIN', orgUnit: { name: '宋村镇', level: 'TOWN' } },
    ]);
    // The town grant widens what the same token sees: every village of 宋村镇.
    expect((await t.gql(VILLAGES, {}, token)).data?.villages.total).toBe(3);

    expectOk(await t.gql(REVOKE_ROLE, { assignmentId: grant.id }, district));
    // A revocation retires the account's tokens; a new login holds what is left.
    const retired = await t.gql(ME, {}, token);
    expect(errorCode(retired)).toBe('UNAUTHENTICATED');
    expect(retired.errors?.[0].message).toBe('登录已失效（密码已修改、权限已变更或已退出登录），请重新登录');
    const again = await t.login('dazetou-admin');
    expect((await t.gql(ME, {}, again)).data?.me.roles).toEqual([
      { role: 'VILLAGE_ADMIN', orgUnit: { name: '大泽头村', level: 'VILLAGE' } },
    ]);
    expect((await t.gql(VILLAGES, {}, again)).data?.villages.total).toBe(1);

    const accounts = expectOk(
      await t.gql(USERS, { unitId: units['大泽头村'].id, limit: 100 }, district),
    ).users;
    const villageAdmin = accounts.items.find((u) => u.id === id)?.roles[0].id as string;
    expectOk(await t.gql(REVOKE_ROLE, { assignmentId: villageAdmin }, district));
    // Signed in but holding no role: even `me` (a permission every role brings) is refused.
    const bare = await t.login('dazetou-admin');
    expect(errorCode(await t.gql(ME, {}, bare))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(VILLAGES, {}, bare))).toBe('FORBIDDEN');
  });

  it('refuses the token of an account disabled after it logged in, on its next request', async () => {
    const token = await t.login('houjiaan-admin');
    expect((await t.gql(ME, {}, token)).data?.me.username).toBe('houjiaan-admin');
    await t.db.adminQuery(`UPDATE app_user SET disabled_at = now() WHERE username = 'houjiaan-admin'`);
    const refused = await t.gql(ME, {}, token);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toBe('账号不存在或已停用，请重新登录');
  });

  it('serves ContextLoader.forUserId (start-up work acting as a user) the same context', async () => {
    const ctx = await t.app.get(ContextLoader).forUserId(await userId('songcun-admin'));
    expect(ctx.user?.username).toBe('songcun-admin');
    expect(ctx.grants.map((g) => [g.role, g.unit.name, g.unit.level])).toEqual([
      ['TOWN_ADMIN', '宋村镇', 'TOWN'],
    ]);
    expect(ctx.dbScope).toMatchObject({
      towns: [units['宋村镇'].id],
      villages: [],
      districts: [],
      ancestors: [units['宋村镇'].district_id],
    });
    await expect(t.app.get(ContextLoader).forUserId('00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      '账号不存在或已停用，请重新登录',
    );
    await expect(t.app.get(ContextLoader).forUserId('not-a-uuid')).rejects.toThrow(
      '账号不存在或已停用，请重新登录',
    );
  });

  it('runs with the caller rights and leaves the settings of an enclosing transaction as they were', async () => {
    const [fn] = await t.db.adminQuery<{ prosecdef: boolean; proconfig: string[] | null }>(
      `SELECT prosecdef, proconfig FROM pg_proc WHERE proname = 'app_request_context'`,
    );
    expect(fn).toEqual({ prosecdef: false, proconfig: null });

    const wendeng = await userId('wendeng-admin');
    const village = units['侯家庵村'].id;
    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.scope_villages', $1, true)`, [`{${village}}`]);
      const rows = await client.query('SELECT role, unit_name FROM public.app_request_context($1, NULL)', [
        wendeng,
      ]);
      expect(rows.rows).toEqual([{ role: 'DISTRICT_ADMIN', unit_name: '文登区' }]);
      const after = await client.query<{ villages: string; districts: string; user_id: string }>(
        `SELECT current_setting('app.scope_villages') AS villages,
                current_setting('app.scope_districts') AS districts,
                current_setting('app.user_id') AS user_id`,
      );
      expect(after.rows[0]).toEqual({ villages: `{${village}}`, districts: '', user_id: '' });
      // Still this transaction's narrow scope: one village, not the district the function read.
      const visible = await client.query<{ name: string }>(
        `SELECT name FROM org_unit WHERE level = 'VILLAGE'`,
      );
      expect(visible.rows.map((r) => r.name)).toEqual(['侯家庵村']);
      await client.query('COMMIT');
      // Outside a transaction the function's settings end with its own statement.
      await client.query('SELECT * FROM public.app_request_context($1, NULL)', [wendeng]);
      const none = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM org_unit');
      expect(none.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
