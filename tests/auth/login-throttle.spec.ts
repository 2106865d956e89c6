import { Client } from 'pg';
import { LoginService, LoginThrottle, RefusalTally } from '@village/platform-auth';
import { AppException, beijingTimeOfDay, Role } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { graphql } from '../support/generated';
import { arrangeUser, orgUnits } from '../support/arrange';
import { unique } from '../support/arrange/unique';
import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DEMO_PASSWORD } from '../support/test-env';

const LOGIN = graphql(`
  mutation LoginThrottleLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

const PER_ADDRESS = 10;
const PER_USERNAME = 6;
const BLOCK_SECONDS = 60;

/**
 * Failed logins are counted per client address and per username in the database and refused with
 * RATE_LIMITED before any password is hashed. Over HTTP every request comes from the test's one
 * address; the service is called directly to play other addresses.
 */
describe('login throttling', () => {
  let t: TestApp;
  let unit: OrgRef;
  let logins: LoginService;

  beforeAll(async () => {
    t = await startTestApp({
      demoPeople: false,
      env: {
        LOGIN_IP_MAX_FAILURES: String(PER_ADDRESS),
        LOGIN_USER_MAX_FAILURES: String(PER_USERNAME),
        LOGIN_THROTTLE_BLOCK_SECONDS: String(BLOCK_SECONDS),
        // The account lock has its own suite (account-lockout.spec.ts): out of the way here.
        LOGIN_MAX_FAILURES: '100',
      },
    });
    unit = (await orgUnits(t))['侯家庵村'];
    logins = t.app.get(LoginService);
  });
  afterAll(() => t.close());
  // Each test starts with clean counters (the superuser sees past the table's policy), and the app
  // forgets the blocks it had learnt from them.
  beforeEach(async () => {
    await t.db.adminQuery('DELETE FROM login_throttle');
    t.app.get(LoginThrottle).forgetKnownBlocks();
  });

  const overHttp = (username: string, password = 'wrong-password') =>
    t.gql(LOGIN, { input: { username, password } });
  /** The login as from `ip`: the code it fails with, or OK. */
  const asFrom = async (ip: string, username: string, password = 'wrong-password') => {
    try {
      await logins.login(username, password, ip);
      return { code: 'OK' };
    } catch (error) {
      if (!(error instanceof AppException)) throw error;
      return { code: error.code as string, message: error.message, extensions: error.extensions };
    }
  };
  const codes = (results: { code: string }[]) =>
    results.reduce<Record<string, number>>((n, r) => ({ ...n, [r.code]: (n[r.code] ?? 0) + 1 }), {});

  it('50 wrong logins from one address: the limit, then RATE_LIMITED with the wait in Beijing time', async () => {
    const account = await arrangeUser(t, unit, Role.VILLAGE_ADMIN);
    const results = [];
    // Other usernames each time, so only the address counts: a spray over many accounts.
    for (let i = 0; i < 50; i++) {
      const username = i % 5 === 0 ? account.username : unique('nobody-');
      results.push(await overHttp(username));
    }
    const firstRefused = results.findIndex((r) => errorCode(r) === 'RATE_LIMITED');
    expect(firstRefused).toBe(PER_ADDRESS);
    expect(results.slice(0, PER_ADDRESS).every((r) => errorCode(r) === 'UNAUTHENTICATED')).toBe(true);
    expect(results.slice(PER_ADDRESS).every((r) => errorCode(r) === 'RATE_LIMITED')).toBe(true);

    const refusal = results[PER_ADDRESS].errors?.[0];
    const retryAfter = refusal?.extensions?.retryAfterSeconds ?? 0;
    expect(retryAfter).toBeGreaterThan(BLOCK_SECONDS - 10);
    expect(retryAfter).toBeLessThanOrEqual(BLOCK_SECONDS);
    const until = new Date(Date.now() + retryAfter * 1000);
    const shown = /^登录尝试过于频繁，请于 (\d{2}:\d{2}) 后再试$/.exec(refusal?.message ?? '')?.[1];
    // The time shown is the end of the block in Beijing time (a minute either way for the clock moving).
    expect([-60_000, 0, 60_000].map((d) => beijingTimeOfDay(new Date(until.getTime() + d)))).toContain(shown);

    // The refused attempts never reached the account: only the two before the block counted on it.
    const [row] = await t.db.adminQuery<{ failed_login_count: number }>(
      'SELECT failed_login_count FROM app_user WHERE id = $1',
      [account.id],
    );
    expect(row.failed_login_count).toBe(2);
    // Even the right password waits: the check comes before any password is looked at.
    expect(errorCode(await overHttp(account.username, TEST_DEMO_PASSWORD))).toBe('RATE_LIMITED');
    // Audited: the first refusal with a row of its own, the rest refused from memory and counted.
    await t.app.get(RefusalTally).flush();
    const audited = await t.db.adminQuery<{ rows: number; attempts: number }>(
      `SELECT count(*)::int AS rows, sum(coalesce((detail->>'refusedAttempts')::int, 1))::int AS attempts
         FROM audit_log WHERE operation = 'login' AND error_code = 'RATE_LIMITED'`,
    );
    expect(audited[0]).toEqual({ rows: 2, attempts: 41 });
  });

  it('50 wrong logins fired at once from one address: no more than the limit get a password check', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => overHttp(unique('nobody-'))));
    expect(codes(results.map((r) => ({ code: errorCode(r) ?? 'OK' })))).toEqual({
      UNAUTHENTICATED: PER_ADDRESS,
      RATE_LIMITED: 50 - PER_ADDRESS,
    });
  });

  it('counts a username across addresses, at once or in turn, and leaves other usernames alone', async () => {
    const account = await arrangeUser(t, unit, Role.VILLAGE_ADMIN);
    const parallel = await Promise.all(
      Array.from({ length: 20 }, (_, i) => asFrom(`10.1.0.${i + 1}`, account.username)),
    );
    expect(codes(parallel)).toEqual({ UNAUTHENTICATED: PER_USERNAME, RATE_LIMITED: 20 - PER_USERNAME });
    // A fresh address does not help, not even with the right password, while the username is blocked…
    expect((await asFrom('10.1.1.1', account.username, TEST_DEMO_PASSWORD)).code).toBe('RATE_LIMITED');
    // …and the addresses used are not blocked for anyone else.
    const other = await arrangeUser(t, unit, Role.VILLAGE_ADMIN);
    expect((await asFrom('10.1.0.1', other.username, TEST_DEMO_PASSWORD)).code).toBe('OK');

    const unknown = unique('ghost-');
    const inTurn = [];
    for (let i = 0; i < PER_USERNAME + 2; i++) inTurn.push(await asFrom(`10.2.0.${i + 1}`, unknown));
    expect(inTurn.map((r) => r.code)).toEqual([
      ...Array(PER_USERNAME).fill('UNAUTHENTICATED'),
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  });

  it('successful logins hand back their count: a busy office behind one address is never throttled', async () => {
    const account = await arrangeUser(t, unit, Role.VILLAGE_ADMIN);
    for (let i = 0; i < PER_ADDRESS - 1; i++) await asFrom('10.3.0.1', unique('typo-'));
    for (let i = 0; i < 3 * PER_ADDRESS; i++) {
      expect((await asFrom('10.3.0.1', account.username, TEST_DEMO_PASSWORD)).code).toBe('OK');
    }
    expect((await asFrom('10.3.0.1', unique('typo-'))).code).toBe('UNAUTHENTICATED');
    expect((await asFrom('10.3.0.1', unique('typo-'))).code).toBe('RATE_LIMITED');
  });

  it('after a block ends the window starts again, and the next block lasts twice as long', async () => {
    const fail = () => asFrom('10.4.0.1', unique('nobody-'));
    for (let i = 0; i < PER_ADDRESS; i++) await fail();
    const first = await fail();
    expect(first).toMatchObject({ code: 'RATE_LIMITED' });
    expect(first.extensions?.retryAfterSeconds).toBeLessThanOrEqual(BLOCK_SECONDS);
    // No test can wait a minute: the superuser ends the block instead, as the clock would.
    await t.db.adminQuery(
      `UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE key = 'ip:10.4.0.1'`,
    );
    t.app.get(LoginThrottle).forgetKnownBlocks();
    for (let i = 0; i < PER_ADDRESS; i++) expect((await fail()).code).toBe('UNAUTHENTICATED');
    const second = await fail();
    expect(second.code).toBe('RATE_LIMITED');
    expect(second.extensions?.retryAfterSeconds).toBeGreaterThan(BLOCK_SECONDS);
    expect(second.extensions?.retryAfterSeconds).toBeLessThanOrEqual(2 * BLOCK_SECONDS);
  });

  it('keeps the counters from the app role: no grant on the table, the functions only inside a login', async () => {
    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    try {
      await expect(client.query('SELECT * FROM login_throttle')).rejects.toThrow(/permission denied/);
      const take = `SELECT * FROM public.app_login_throttle_take('10.9.9.9', 1000, 60, 1000, 60, 900, 60)`;
      await expect(client.query(take)).rejects.toThrow(/only inside a login transaction/);
      // Inside one, the username comes from the transaction: the caller cannot name another's key.
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.login_username', 'Some-User', true)`);
      await client.query(take);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    const rows = await t.db.adminQuery<{ key: string; failures: number }>(
      `SELECT key, failures FROM login_throttle ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'ip:10.9.9.9', failures: 1 },
      { key: 'user:some-user', failures: 1 },
    ]);
    const [owner] = await t.db.adminQuery<{ owner: string; forced: boolean }>(
      `SELECT pg_get_userbyid(relowner) AS owner, relforcerowsecurity AS forced FROM pg_class WHERE relname = 'login_throttle'`,
    );
    expect(owner).toEqual({ owner: 'village_owner', forced: true });
  });
});
