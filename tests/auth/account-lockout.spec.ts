import bcrypt from 'bcryptjs';
import { LoginThrottle } from '@village/platform-auth';
import { Role } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { graphql } from '../support/generated';
import { arrangeUser, orgUnits, type ArrangedUser } from '../support/arrange';
import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DEMO_PASSWORD } from '../support/test-env';

const LOGIN = graphql(`
  mutation AccountLockoutLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

const LOCK_SECONDS = 1;
const MAX_LOCK_SECONDS = 3;
const PER_USERNAME = 10;

/**
 * The account lock cannot keep a real user out for long: the first lock is short, each later one
 * twice as long up to a cap, and the right password works the moment a lock ends. Short durations
 * here, so a test can wait one out.
 */
describe('account lockout and password hashes', () => {
  let t: TestApp;
  let unit: OrgRef;
  let account: ArrangedUser;

  beforeAll(async () => {
    t = await startTestApp({
      demoPeople: false,
      env: {
        LOGIN_LOCK_SECONDS: String(LOCK_SECONDS),
        LOGIN_LOCK_MAX_SECONDS: String(MAX_LOCK_SECONDS),
        LOGIN_USER_MAX_FAILURES: String(PER_USERNAME),
      },
    });
    unit = (await orgUnits(t))['侯家庵村'];
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.adminQuery('DELETE FROM login_throttle');
    t.app.get(LoginThrottle).forgetKnownBlocks();
    account = await arrangeUser(t, unit, Role.VILLAGE_ADMIN);
  });

  const attempt = (password: string) => t.gql(LOGIN, { input: { username: account.username, password } });
  const lockRow = async () =>
    (
      await t.db.adminQuery<{ failed: number; seconds: number | null }>(
        `SELECT failed_login_count AS failed, extract(epoch FROM locked_until - now())::float AS seconds
           FROM app_user WHERE id = $1`,
        [account.id],
      )
    )[0];
  /** Ends the current lock as the clock would (the database clock cannot be moved). */
  const endLock = () =>
    t.db.adminQuery(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE id = $1`, [
      account.id,
    ]);

  it('an attacked account opens again after the short first lock, for the right password', async () => {
    for (let i = 0; i < 4; i++) expect(errorCode(await attempt('guess'))).toBe('UNAUTHENTICATED');
    const locked = await attempt('guess');
    expect(errorCode(locked)).toBe('ACCOUNT_LOCKED');
    expect(locked.errors?.[0].message).toMatch(
      /账号已锁定，请于 (\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}（北京时间）后再试/,
    );
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBe(LOCK_SECONDS);
    expect(errorCode(await attempt(TEST_DEMO_PASSWORD))).toBe('ACCOUNT_LOCKED');
    await new Promise((r) => setTimeout(r, LOCK_SECONDS * 1000 + 200));
    expect((await attempt(TEST_DEMO_PASSWORD)).data?.login.accessToken).toBeTruthy();
    expect(await lockRow()).toEqual({ failed: 0, seconds: null });
  });

  it('each wrong password after a lock locks again for twice as long, up to the cap', async () => {
    for (let i = 0; i < 5; i++) await attempt('guess');
    const seconds: number[] = [];
    // What is left of the lock when read, rounded up: the read comes a moment after the lock was set,
    // so rounding to nearest read 2 for a 3-second lock on a busy machine.
    const left = async () => Math.ceil((await lockRow()).seconds ?? 0);
    for (let i = 0; i < 4; i++) {
      seconds.push(await left());
      await endLock();
      expect(errorCode(await attempt('guess'))).toBe('ACCOUNT_LOCKED');
    }
    seconds.push(await left());
    expect(seconds).toEqual([1, 2, 3, 3, 3]);
    await endLock();
    expect((await attempt(TEST_DEMO_PASSWORD)).data?.login.accessToken).toBeTruthy();
  });

  it('wrong passwords fired at once on one account: each counted, never more checked than the username allows', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => attempt('guess')));
    const refused = results.filter((r) => errorCode(r) === 'RATE_LIMITED').length;
    expect(refused).toBe(25 - PER_USERNAME);
    // Every attempt that got a password check is on the account: none lost to a race.
    expect((await lockRow()).failed).toBe(PER_USERNAME);
  });

  it('an old bcrypt hash still verifies, and the login replaces it with a scrypt hash', async () => {
    const old = await bcrypt.hash(TEST_DEMO_PASSWORD, 4);
    await t.db.adminQuery('UPDATE app_user SET password_hash = $2 WHERE id = $1', [account.id, old]);
    expect(errorCode(await attempt('not-it'))).toBe('UNAUTHENTICATED');
    const stored = async () =>
      (
        await t.db.adminQuery<{ h: string }>('SELECT password_hash AS h FROM app_user WHERE id = $1', [
          account.id,
        ])
      )[0].h;
    expect(await stored()).toBe(old); // a wrong password changes nothing
    expect((await attempt(TEST_DEMO_PASSWORD)).data?.login.accessToken).toBeTruthy();
    const upgraded = await stored();
    expect(upgraded).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$/);
    expect((await attempt(TEST_DEMO_PASSWORD)).data?.login.accessToken).toBeTruthy();
    expect(await stored()).toBe(upgraded); // once: a current hash is left alone
    expect(errorCode(await attempt('not-it'))).toBe('UNAUTHENTICATED');
  });
});
