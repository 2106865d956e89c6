import { graphql } from '../support/generated';
import { Role } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DEMO_PASSWORD } from '../support/test-env';
import {
  arrangeResident,
  arrangeUser,
  arrangeVillage,
  orgUnits,
  type ArrangedUser,
} from '../support/arrange';

const DEMO_USERS = [
  'wendeng-admin',
  'songcun-admin',
  'dazetou-admin',
  'houjiaan-admin',
  'dazetou-council',
  'dazetou-resident',
  'wendeng-auditor',
];
const LOGIN = graphql(`
  mutation LoginAndAuditLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

describe('login, lockout and the audit log', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  /** A village admin account of this test's own, to lock out or to count the wrong passwords of. */
  let account: ArrangedUser;

  beforeAll(async () => {
    t = await startTestApp();
    units = await orgUnits(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    account = await arrangeUser(t, units['侯家庵村'], Role.VILLAGE_ADMIN);
  });

  const attemptAs = (username: string, password: string) => t.gql(LOGIN, { input: { username, password } });

  // About the demo seed's accounts themselves.
  it('every demo user logs in and `me` shows their role at their unit', async () => {
    for (const username of DEMO_USERS) {
      const token = await t.login(username);
      const me = await t.gql('{ me { username roles { role roleLabel orgUnit { name } } } }', {}, token);
      expect(me.errors).toBeUndefined();
      expect(me.data?.me.username).toBe(username);
      expect(me.data?.me.roles).toHaveLength(1);
    }
    const me = await t.gql(
      '{ me { roles { role orgUnit { name level } } } }',
      {},
      await t.login('dazetou-council'),
    );
    expect(me.data?.me.roles[0]).toEqual({
      role: 'CREDIT_COUNCIL',
      orgUnit: { name: '大泽头村', level: 'VILLAGE' },
    });
  });

  it('stores salted password hashes, never the password', async () => {
    const rows = await t.db.adminQuery<{ password_hash: string }>('SELECT password_hash FROM app_user');
    const hashes = rows.map((r) => r.password_hash);
    expect(hashes.every((h) => h.startsWith('$scrypt$') && !h.includes(TEST_DEMO_PASSWORD))).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length); // same password, different salts
  });

  it('refuses anonymous and forged requests', async () => {
    expect(errorCode(await t.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql('{ villages { total } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql('{ me { id } }', {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
    const token = account.token;
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(errorCode(await t.gql('{ me { id } }', {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('five wrong passwords in a row lock the account, with a clear error', async () => {
    const attempt = (password: string) => attemptAs(account.username, password);
    for (let i = 1; i <= 4; i++) {
      const res = await attempt('wrong-password');
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toContain(`再错 ${5 - i} 次`);
    }
    const fifth = await attempt('wrong-password');
    expect(errorCode(fifth)).toBe('ACCOUNT_LOCKED');
    expect(fifth.errors?.[0].message).toContain('账号已锁定');
    const correct = await attempt(TEST_DEMO_PASSWORD);
    expect(errorCode(correct)).toBe('ACCOUNT_LOCKED');

    // After the lock expires the right password works again and the count starts afresh. The lock runs
    // on the database clock, which no test can move, so the superuser moves the lock's end instead.
    await t.db.adminQuery(
      `UPDATE app_user SET locked_until = now() - interval '1 second' WHERE username = $1`,
      [account.username],
    );
    const unlocked = await attempt(TEST_DEMO_PASSWORD);
    expect(unlocked.data?.login.accessToken).toBeTruthy();
    const [row] = await t.db.adminQuery<{ failed_login_count: number; locked_until: Date | null }>(
      `SELECT failed_login_count, locked_until FROM app_user WHERE username = $1`,
      [account.username],
    );
    expect(row).toEqual({ failed_login_count: 0, locked_until: null });
  });

  it('a successful login resets the count of wrong passwords', async () => {
    const attempt = (password: string) => attemptAs(account.username, password);
    for (let i = 0; i < 4; i++) await attempt('nope');
    await t.login(account.username);
    const res = await attempt('nope');
    expect(res.errors?.[0].message).toContain('再错 4 次');
    await t.login(account.username);
  });

  it('audits every login attempt, including unknown usernames, without the password', async () => {
    await t.gql(LOGIN, { input: { username: 'nobody-here', password: 'secret-guess' } });
    for (let i = 0; i < 5; i++) await attemptAs(account.username, 'wrong-password');
    const auditor = await arrangeUser(t, units['文登区'], Role.AUDITOR);
    await t.login(auditor.username);
    const rows = await t.db.adminQuery<{
      username: string;
      outcome: string;
      error_code: string | null;
      district_id: string | null;
      detail: object;
    }>(
      `SELECT username, outcome, error_code, district_id, detail FROM audit_log WHERE operation = 'login' ORDER BY occurred_at`,
    );
    expect(rows.find((r) => r.username === 'nobody-here')).toMatchObject({
      outcome: 'FAILURE',
      error_code: 'UNKNOWN',
      district_id: null,
    });
    expect(
      rows.find((r) => r.username === auditor.username && r.outcome === 'SUCCESS')?.district_id,
    ).toBeTruthy();
    expect(
      rows.filter((r) => r.username === account.username && r.outcome === 'FAILURE').length,
    ).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(rows)).not.toContain('secret-guess');
  });

  it('audits mutations with time, user, org unit, operation and outcome, and denied ones too', async () => {
    const town = units['宋村镇'];
    const townAdmin = await arrangeUser(t, town, Role.TOWN_ADMIN);
    const resident = (await arrangeResident(t, await arrangeVillage(t, town), { login: true }))
      .user as ArrangedUser;
    const token = townAdmin.token;
    const created = await t.gql(
      'mutation($input: CreateVillageInput!) { createVillage(input: $input) { id } }',
      { input: { townId: town.id, code: 'AUDIT-1', name: '审计村' } },
      token,
    );
    const villageId = created.data?.createVillage.id;
    const denied = await t.gql(
      'mutation($input: CreateVillageInput!) { createVillage(input: $input) { id } }',
      { input: { townId: town.id, code: 'AUDIT-2', name: '越权村' } },
      resident.token,
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const invalid = await t.gql(
      'mutation($input: CreateVillageInput!) { createVillage(input: $input) { id } }',
      { input: { townId: town.id, code: 'bad code!', name: '' } },
      token,
    );
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');

    const rows = await t.db.adminQuery<{
      occurred_at: Date;
      username: string;
      org_unit_id: string;
      outcome: string;
      error_code: string | null;
    }>(
      `SELECT occurred_at, username, org_unit_id, outcome, error_code FROM audit_log
        WHERE operation = 'createVillage' AND username = ANY($1) ORDER BY occurred_at`,
      [[townAdmin.username, resident.username]],
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      username: townAdmin.username,
      org_unit_id: villageId,
      outcome: 'SUCCESS',
    });
    expect(rows[0].occurred_at).toBeInstanceOf(Date);
    expect(rows[1]).toMatchObject({
      username: resident.username,
      outcome: 'DENIED',
      error_code: 'FORBIDDEN',
    });
    expect(rows[2]).toMatchObject({
      username: townAdmin.username,
      outcome: 'FAILURE',
      error_code: 'BAD_USER_INPUT',
    });
  });

  it('lets auditors read the audit log of their district only', async () => {
    const res = await t.gql(
      '{ auditLog(limit: 100) { total items { operation outcome username } } }',
      {},
      (await arrangeUser(t, units['文登区'], Role.AUDITOR)).token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.auditLog.total).toBeGreaterThan(0);
    expect(res.data?.auditLog.items.some((e: { username: string }) => e.username === 'nobody-here')).toBe(
      false,
    );
  });
});
