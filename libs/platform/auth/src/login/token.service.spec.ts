import jwt from 'jsonwebtoken';
import type { AuthConfig } from '../auth.config';
import { TokenService } from './token.service';

const SECRET = 'unit-test-secret-unit-test-secret-0123';
const U1 = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const U2 = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
const config = (jwtSecret: string, jwtTtlSeconds = 3600): AuthConfig => ({
  jwtSecret,
  jwtTtlSeconds,
  maxFailedLogins: 5,
  lockSeconds: 60,
  maxLockSeconds: 900,
  throttle: {
    windowSeconds: 900,
    blockSeconds: 60,
    refusalDelayMs: 0,
    perAddress: { maxFailures: 20, maxBlockSeconds: 3600 },
    perUsername: { maxFailures: 10, maxBlockSeconds: 900 },
  },
  passwordHashCost: 10,
  passwordHashConcurrency: 1,
  passwordPolicy: { minLength: 8, minClasses: 3, forbidUsername: true },
});

describe('TokenService', () => {
  const tokens = new TokenService(config(SECRET));

  it('signs HS256 tokens that the plain secret string verifies, with issuer, subject and expiry', () => {
    const token = tokens.sign({ sub: U1, username: 'alice', tokenVersion: 0 });
    const payload = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'village-credit' });
    expect(payload).toMatchObject({ sub: U1, username: 'alice', iss: 'village-credit' });
    const { iat, exp } = payload as { iat: number; exp: number };
    expect(exp - iat).toBe(3600);
    expect(jwt.decode(token, { complete: true })?.header.alg).toBe('HS256');
  });

  it('verifies tokens signed with the same secret as a string (tokens issued before the key object)', () => {
    const token = jwt.sign({ username: 'bob' }, SECRET, {
      algorithm: 'HS256',
      subject: U2,
      issuer: 'village-credit',
      expiresIn: 60,
    });
    expect(tokens.verify(token)).toEqual({ sub: U2, username: 'bob', tokenVersion: 0 });
  });

  it('refuses another secret, another issuer, another algorithm, expiry and garbage alike', () => {
    const other = new TokenService(config(`${SECRET}-other`)).sign({
      sub: U1,
      username: 'a',
      tokenVersion: 0,
    });
    const wrongIssuer = jwt.sign({ username: 'a' }, SECRET, { subject: U1, issuer: 'someone' });
    const hs512 = jwt.sign({ username: 'a' }, SECRET, {
      algorithm: 'HS512',
      subject: U1,
      issuer: 'village-credit',
    });
    const expired = jwt.sign({ username: 'a', exp: Math.floor(Date.now() / 1000) - 10 }, SECRET, {
      subject: U1,
      issuer: 'village-credit',
    });
    const noSubject = jwt.sign({ username: 'a' }, SECRET, { issuer: 'village-credit' });
    for (const token of [other, wrongIssuer, hs512, expired, noSubject, 'not-a-token']) {
      expect(() => tokens.verify(token)).toThrow('登录已失效，请重新登录');
    }
  });

  it('refuses a token without expiry, one living longer than the configured lifetime, and a non-UUID subject', () => {
    const claims = { username: 'a' };
    const forever = jwt.sign(claims, SECRET, { subject: U1, issuer: 'village-credit' });
    const tooLong = jwt.sign(claims, SECRET, { subject: U1, issuer: 'village-credit', expiresIn: 3601 });
    const noIat = jwt.sign(claims, SECRET, {
      subject: U1,
      issuer: 'village-credit',
      expiresIn: 60,
      noTimestamp: true,
    });
    const notUuid = jwt.sign(claims, SECRET, { subject: 'admin', issuer: 'village-credit', expiresIn: 60 });
    for (const token of [forever, tooLong, noIat, notUuid]) {
      expect(() => tokens.verify(token)).toThrow('登录已失效，请重新登录');
    }
    const justRight = jwt.sign(claims, SECRET, { subject: U1, issuer: 'village-credit', expiresIn: 3600 });
    expect(tokens.verify(justRight)).toEqual({ sub: U1, username: 'a', tokenVersion: 0 });
  });

  it('refuses to sign with an empty secret, and accepts no token then', () => {
    const empty = new TokenService(config(''));
    expect(() => empty.sign({ sub: U1, username: 'a', tokenVersion: 0 })).toThrow(
      'secretOrPrivateKey must have a value',
    );
    expect(() => empty.verify(tokens.sign({ sub: U1, username: 'a', tokenVersion: 0 }))).toThrow(
      '登录已失效，请重新登录',
    );
  });
});
