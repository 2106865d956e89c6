import jwt from 'jsonwebtoken';
import { Role } from '@village/platform-common';
import { graphql } from '../support/generated';
import { arrangeUser, orgUnits, type ArrangedUser } from '../support/arrange';
import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/test-env';

const ME = graphql(`
  query TokenClaimsMe {
    me {
      id
    }
  }
`);

/**
 * Tokens signed with the real key but not as `sign` makes them: no expiry, a lifetime beyond the
 * configured one, a subject that is no account id. All are refused as UNAUTHENTICATED.
 */
describe('token claims', () => {
  let t: TestApp;
  let user: ArrangedUser;
  const signed = (claims: object, options: jwt.SignOptions) =>
    jwt.sign({ username: user.username, ...claims }, TEST_JWT_SECRET, {
      algorithm: 'HS256',
      issuer: 'village-credit',
      ...options,
    });

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    user = await arrangeUser(t, (await orgUnits(t))['侯家庵村'], Role.VILLAGE_ADMIN);
  });
  afterAll(() => t.close());

  it('accepts a token as the login signs it', async () => {
    const res = await t.gql(ME, {}, signed({}, { subject: user.id, expiresIn: t.config.auth.jwtTtlSeconds }));
    expect(res.data?.me.id).toBe(user.id);
  });

  it('refuses a token without exp, which would never expire', async () => {
    const res = await t.gql(ME, {}, signed({}, { subject: user.id }));
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token whose lifetime exceeds the configured one', async () => {
    const ttl = t.config.auth.jwtTtlSeconds;
    const res = await t.gql(ME, {}, signed({}, { subject: user.id, expiresIn: ttl + 60 }));
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    const backdated = signed(
      { iat: Math.floor(Date.now() / 1000) - 10 * ttl },
      { subject: user.id, expiresIn: 11 * ttl },
    );
    expect(errorCode(await t.gql(ME, {}, backdated))).toBe('UNAUTHENTICATED');
  });

  it('refuses a subject that is not a UUID as UNAUTHENTICATED, not as an internal error', async () => {
    for (const subject of ['admin', `${user.id}'--`, '1']) {
      const res = await t.gql(ME, {}, signed({}, { subject, expiresIn: 60 }));
      expect({ subject, code: errorCode(res) }).toEqual({ subject, code: 'UNAUTHENTICATED' });
    }
  });
});
