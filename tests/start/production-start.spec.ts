import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DEFAULT_DEMO_PASSWORD } from '../../apps/api/src/config/app-config';
import { startServer, type RunningServer } from '../../apps/api/src/runtime/start-server';
import { describeStartupError } from '../../apps/api/src/runtime/startup-errors';
import { runAdmin } from '../../tools/admin/admin';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_JWT_SECRET, TEST_PII_KEY, testEnv } from '../support/test-env';

/**
 * The real start-up (what `npm start` runs) in production mode against a fresh database, the demo
 * seed's guard, the bootstrap command, and a refusal naming the permission it lacks.
 */
describe('production start', () => {
  let db: TestDatabase;
  let dataDir: string;
  const productionEnv = () => ({
    NODE_ENV: 'production',
    DATABASE_URL: db.adminUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    // Roles are cluster-wide: the password every other suite's app connects with.
    APP_DB_PASSWORD: testEnv('appDbPassword'),
    PII_KEY: TEST_PII_KEY,
    PASSWORD_HASH_COST: '10',
    DB_POOL_SIZE: '2',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    EVIDENCE_DIR: join(dataDir, 'evidence'),
  });
  const counts = async () =>
    (
      await db.adminQuery<{ units: number; users: number; grants: number }>(
        `SELECT (SELECT count(*)::int FROM org_unit) AS units, (SELECT count(*)::int FROM app_user) AS users,
                (SELECT count(*)::int FROM role_assignment) AS grants`,
      )
    )[0];

  beforeEach(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'village-start-'));
  });
  afterEach(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds no user on an empty database, and says how to create the first district', async () => {
    const lines: string[] = [];
    const server: RunningServer = await startServer(productionEnv(), (line) => lines.push(line), {
      logger: false,
    });
    try {
      expect(server.demoSeed).toBeNull();
      expect(server.config.host).toBe('127.0.0.1');
      expect(await counts()).toEqual({ units: 0, users: 0, grants: 0 });
      expect(lines.join('\n')).toContain('npm run admin -- create-district');
      expect(lines.join('\n')).not.toContain('已写入演示数据');
      const login = await request(server.app.getHttpServer())
        .post('/graphql')
        .send({
          query:
            'mutation($p: String!) { login(input: { username: "wendeng-admin", password: $p }) { accessToken } }',
          variables: { p: DEFAULT_DEMO_PASSWORD },
        });
      expect(login.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await server.stop();
    }
  });

  it('refuses SEED_DEMO=true without a DEMO_PASSWORD of its own, before touching the database', async () => {
    for (const demoPassword of [undefined, DEFAULT_DEMO_PASSWORD]) {
      const env = {
        ...productionEnv(),
        SEED_DEMO: 'true',
        ...(demoPassword ? { DEMO_PASSWORD: demoPassword } : {}),
      };
      const error = await startServer(env, () => undefined, { logger: false }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).not.toBeNull();
      const message = describeStartupError(error, env);
      expect(message).toContain('DEMO_PASSWORD');
      expect(message).toContain(`不能用默认的 ${DEFAULT_DEMO_PASSWORD}`);
    }
    expect(await counts()).toEqual({ units: 0, users: 0, grants: 0 });
  });

  it('seeds the demo in production only with SEED_DEMO=true and a password of its own', async () => {
    const env = { ...productionEnv(), SEED_DEMO: 'true', DEMO_PASSWORD: 'Prod@Demo2026!' };
    const lines: string[] = [];
    const server = await startServer(env, (line) => lines.push(line), { logger: false });
    try {
      expect(server.demoSeed?.seeded).toBe(true);
      expect(lines.join('\n')).not.toContain('Prod@Demo2026!');
      const login = await request(server.app.getHttpServer()).post('/graphql').send({
        query:
          'mutation { login(input: { username: "wendeng-admin", password: "Prod@Demo2026!" }) { accessToken } }',
      });
      expect(login.body.data?.login?.accessToken).toBeTruthy();
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('bootstraps exactly one district and its admin, who logs in with the printed password; a second run is refused', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const args = [
      'create-district',
      '--code',
      '371003',
      '--name',
      '文登区',
      '--admin-username',
      'wendeng-admin',
    ];
    expect(
      await runAdmin(
        args,
        productionEnv(),
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(0);
    const password = /一次性密码[^：]*：(\S+)/.exec(out.join('\n'))?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(out.filter((line) => line.includes(password ?? '-'))).toHaveLength(1);
    expect(await counts()).toEqual({ units: 1, users: 1, grants: 1 });
    const [district] = await db.adminQuery<{ code: string; name: string; level: string }>(
      'SELECT code, name, level FROM org_unit',
    );
    expect(district).toEqual({ code: '371003', name: '文登区', level: 'DISTRICT' });
    const [grant] = await db.adminQuery<{ username: string; role: string; hash: string }>(
      `SELECT u.username, r.role, u.password_hash AS hash
         FROM app_user u JOIN role_assignment r ON r.user_id = u.id`,
    );
    expect(grant).toMatchObject({ username: 'wendeng-admin', role: 'DISTRICT_ADMIN' });
    expect(grant.hash).not.toContain(password);
    const audit = await db.adminQuery('SELECT 1 FROM audit_log WHERE operation = $1', [
      'bootstrapCreateDistrict',
    ]);
    expect(audit).toHaveLength(1);

    const again: string[] = [];
    const second = [
      'create-district',
      '--code',
      '371004',
      '--name',
      '另一区',
      '--admin-username',
      'other-admin',
    ];
    expect(
      await runAdmin(
        second,
        productionEnv(),
        () => undefined,
        (l) => again.push(l),
      ),
    ).toBe(1);
    expect(again.join('\n')).toContain('数据库中已有区');
    expect(again.join('\n')).toContain('371003  文登区');
    expect(await counts()).toEqual({ units: 1, users: 1, grants: 1 });

    const server = await startServer(productionEnv(), () => undefined, { logger: false });
    try {
      const http = request(server.app.getHttpServer());
      const login = await http.post('/graphql').send({
        query:
          'mutation($p: String!) { login(input: { username: "wendeng-admin", password: $p }) { accessToken mustChangePassword } }',
        variables: { p: password },
      });
      expect(login.body.data?.login?.mustChangePassword).toBe(true);
      // The printed password is one-time: nothing but changing it is allowed with it.
      const before = await http
        .post('/graphql')
        .set('authorization', `Bearer ${login.body.data.login.accessToken}`)
        .send({ query: '{ districts { code } }' });
      expect(before.body.errors?.[0]?.extensions?.passwordChangeRequired).toBe(true);
      const changed = await http
        .post('/graphql')
        .set('authorization', `Bearer ${login.body.data.login.accessToken}`)
        .send({
          query:
            'mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { accessToken } }',
          variables: { c: password, n: 'Wendeng#Admin2026' },
        });
      const token = changed.body.data?.changePassword?.accessToken;
      expect(token).toBeTruthy();
      const me = await http
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query: '{ me { username roles { role orgUnit { name } } } districts { code name } }' });
      expect(me.body.data).toEqual({
        me: { username: 'wendeng-admin', roles: [{ role: 'DISTRICT_ADMIN', orgUnit: { name: '文登区' } }] },
        districts: [{ code: '371003', name: '文登区' }],
      });
    } finally {
      await server.stop();
    }
  });

  it('records the client address a trusted reverse proxy forwards, and ignores it from anyone else', async () => {
    for (const [trustProxy, expected] of [
      ['loopback', '203.0.113.9'],
      ['', '127.0.0.1'],
    ]) {
      const server = await startServer({ ...productionEnv(), TRUST_PROXY: trustProxy }, () => undefined, {
        logger: false,
      });
      try {
        await request(server.app.getHttpServer())
          .post('/graphql')
          .set('x-forwarded-for', '203.0.113.9')
          .send({
            query:
              'mutation { login(input: { username: "nobody-here", password: "wrong-password" }) { accessToken } }',
          });
        const rows = await db.adminQuery<{ ip: string }>(
          `SELECT client_ip AS ip FROM audit_log WHERE operation = 'login' ORDER BY occurred_at DESC LIMIT 1`,
        );
        expect(rows[0]?.ip?.replace(/^::ffff:/, '')).toBe(expected);
      } finally {
        await server.stop();
      }
    }
  });

  it('explains a wrong usage of the bootstrap command without touching the database', async () => {
    const err: string[] = [];
    expect(
      await runAdmin(
        ['create-district', '--code', '371003'],
        productionEnv(),
        () => undefined,
        (l) => err.push(l),
      ),
    ).toBe(2);
    expect(err.join('\n')).toContain('缺少参数：--name、--admin-username');
    expect(
      await runAdmin(
        ['create-district', '--code', '37 10', '--name', 'x', '--admin-username', 'abc'],
        productionEnv(),
        () => undefined,
        (l) => err.push(l),
      ),
    ).toBe(1);
    expect(err.join('\n')).toContain('编码只能包含字母、数字或连字符');
    expect(await counts()).toEqual({ units: 0, users: 0, grants: 0 });
  });
});

describe('permission refusals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
  });
  afterAll(() => t?.close());

  it('name the permission the operation needs and the roles that hold it', async () => {
    const token = await t.login('dazetou-council');
    const res = await t.gql('{ auditLog(limit: 1) { total } }', {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toBe(
      '没有执行此操作的权限：需要「查看审计日志」权限（区级管理员、镇级管理员、审计员）',
    );
  });
});
