import { join } from 'node:path';
import { ConfigError, DEFAULT_DEMO_PASSWORD, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs embedded with generated secrets when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: null,
      jwtSecret: null,
      port: 3000,
      demoPassword: DEFAULT_DEMO_PASSWORD,
      explorer: true,
    });
    expect(config.auth).toMatchObject({
      maxFailedLogins: 5,
      lockSeconds: 60,
      maxLockSeconds: 900,
      throttle: {
        windowSeconds: 900,
        blockSeconds: 60,
        refusalDelayMs: 1000,
        perAddress: { maxFailures: 20, maxBlockSeconds: 3600 },
        perUsername: { maxFailures: 10, maxBlockSeconds: 900 },
      },
      passwordHashCost: 15,
    });
  });

  it('requires JWT_SECRET with a real database, and a long one', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@h/db' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@h/db', JWT_SECRET: 'short' })).toThrow(
      '至少 32 个字符',
    );
  });

  it('requires APP_DB_PASSWORD in production with a real database', () => {
    const env = { DATABASE_URL: 'postgres://x@h/db', JWT_SECRET: 'x'.repeat(32), NODE_ENV: 'production' };
    expect(() => loadConfig(env)).toThrow('APP_DB_PASSWORD');
    const piiKey = Buffer.alloc(32, 1).toString('base64');
    expect(loadConfig({ ...env, APP_DB_PASSWORD: 'p', PII_KEY: piiKey })).toMatchObject({
      production: true,
      explorer: false,
    });
  });

  it('requires a 32-byte PII_KEY in production with a real database, and checks its length anywhere', () => {
    const env = {
      DATABASE_URL: 'postgres://x@h/db',
      JWT_SECRET: 'x'.repeat(32),
      NODE_ENV: 'production',
      APP_DB_PASSWORD: 'p',
    };
    expect(() => loadConfig(env)).toThrow('PII_KEY');
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(loadConfig({ ...env, PII_KEY: key }).piiKey).toBe(key);
    expect(() => loadConfig({ PII_KEY: Buffer.alloc(16).toString('base64') })).toThrow('32 字节');
    expect(loadConfig({}).piiKey).toBeNull();
  });

  it('names the variable and the allowed range when a number is invalid', () => {
    expect(() => loadConfig({ LOGIN_MAX_FAILURES: 'five' })).toThrow(
      'LOGIN_MAX_FAILURES=five 无效：应为 1–100 之间的整数',
    );
    expect(loadConfig({ LOGIN_MAX_FAILURES: '3' }).auth.maxFailedLogins).toBe(3);
    expect(() => loadConfig({ PASSWORD_HASH_COST: '4' })).toThrow(
      'PASSWORD_HASH_COST=4 无效：应为 10–20 之间的整数',
    );
  });

  it('keeps lock and block caps at least as long as their first step', () => {
    expect(loadConfig({ LOGIN_LOCK_SECONDS: '1200' }).auth.maxLockSeconds).toBe(1200);
    expect(() => loadConfig({ LOGIN_LOCK_SECONDS: '120', LOGIN_LOCK_MAX_SECONDS: '60' })).toThrow(
      'LOGIN_LOCK_MAX_SECONDS=60 无效',
    );
  });

  it('refuses the retired settings by name, saying what replaced them', () => {
    expect(() => loadConfig({ LOGIN_LOCK_MINUTES: '15' })).toThrow('LOGIN_LOCK_SECONDS');
    expect(() => loadConfig({ BCRYPT_ROUNDS: '10' })).toThrow('PASSWORD_HASH_COST');
  });

  it('reads the GraphQL document limits; introspection is exempt from the depth limit outside production', () => {
    expect(loadConfig({}).documentLimits).toMatchObject({ maxBytes: 65536, maxTokens: 4000 });
    expect(loadConfig({}).queryLimits.exemptIntrospection).toBe(true);
    const set = loadConfig({ GRAPHQL_MAX_DOCUMENT_BYTES: '16384', GRAPHQL_MAX_TOKENS: '1000' });
    expect(set.documentLimits).toMatchObject({ maxBytes: 16384, maxTokens: 1000 });
    expect(() => loadConfig({ GRAPHQL_MAX_TOKENS: '10' })).toThrow('GRAPHQL_MAX_TOKENS=10 无效');
  });

  it('reads the time budget, which the statement timeout follows unless set', () => {
    expect(loadConfig({})).toMatchObject({ requestTimeoutMs: 10_000, dbStatementTimeoutMs: 10_000 });
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '5000' })).toMatchObject({
      requestTimeoutMs: 5000,
      dbStatementTimeoutMs: 5000,
    });
    expect(loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0' }).dbStatementTimeoutMs).toBe(0);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '10' })).toThrow('REQUEST_TIMEOUT_MS=10 无效');
  });

  describe('demo seed, host and evidence folder', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x@h/db',
      JWT_SECRET: 'x'.repeat(32),
      APP_DB_PASSWORD: 'p',
      PII_KEY: Buffer.alloc(32, 1).toString('base64'),
    };

    it('seeds the demo by default outside production only', () => {
      expect(loadConfig({}).seedDemo).toBe(true);
      expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
      expect(loadConfig(production).seedDemo).toBe(false);
      expect(loadConfig({ ...production, SEED_DEMO: 'false' }).seedDemo).toBe(false);
      expect(() => loadConfig({ SEED_DEMO: 'yes' })).toThrow('SEED_DEMO=yes 无效：应为 true 或 false');
    });

    it('refuses SEED_DEMO=true in production without a DEMO_PASSWORD of its own', () => {
      expect(() => loadConfig({ ...production, SEED_DEMO: 'true' })).toThrow('DEMO_PASSWORD');
      expect(() =>
        loadConfig({ ...production, SEED_DEMO: 'true', DEMO_PASSWORD: DEFAULT_DEMO_PASSWORD }),
      ).toThrow(`不能用默认的 ${DEFAULT_DEMO_PASSWORD}`);
      expect(() => loadConfig({ ...production, SEED_DEMO: 'true', DEMO_PASSWORD: 'short' })).toThrow(
        'DEMO_PASSWORD 太短',
      );
      const ok = loadConfig({ ...production, SEED_DEMO: 'true', DEMO_PASSWORD: 'Another@2026' });
      expect(ok).toMatchObject({ seedDemo: true, demoPassword: 'Another@2026' });
    });

    it('listens on 127.0.0.1 unless production or HOST says otherwise', () => {
      expect(loadConfig({}).host).toBe('127.0.0.1');
      expect(loadConfig(production).host).toBe('0.0.0.0');
      expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
      expect(loadConfig({ ...production, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
      expect(loadConfig({ HOST: '::' }).host).toBe('::');
      expect(() => loadConfig({ HOST: 'http://0.0.0.0:3000' })).toThrow('HOST=http://0.0.0.0:3000 无效');
    });

    it('trusts the reverse proxies TRUST_PROXY names, never every sender', () => {
      expect(loadConfig({}).trustProxy).toBeNull();
      expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
      expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
      expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1');
      expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow('TRUST_PROXY=true 无效');
      expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow('TRUST_PROXY=10.0.0.0/33 无效');
    });

    it('keeps evidence inside the data folder unless EVIDENCE_DIR is set', () => {
      expect(loadConfig({ DATA_DIR: '/srv/village' }).evidenceDir).toBe('/srv/village/evidence');
      expect(loadConfig({}).evidenceDir).toBe(join(process.cwd(), '.data', 'evidence'));
      expect(loadConfig({ DATA_DIR: '/srv/village', EVIDENCE_DIR: '/mnt/evidence' }).evidenceDir).toBe(
        '/mnt/evidence',
      );
    });
  });
});
