import { errorCode, startTestApp, type TestApp } from '../support/test-app';

describe('GraphQL hardening', () => {
  describe('with the default limits', () => {
    let t: TestApp;
    let token: string;

    beforeAll(async () => {
      t = await startTestApp();
      token = await t.login('wendeng-admin');
    });
    afterAll(() => t.close());

    it('rejects an operation with more aliases than allowed, before running it', async () => {
      const fields = Array.from({ length: 16 }, (_, i) => `a${i}: districts { id }`).join(' ');
      const res = await t.gql(`{ ${fields} }`, {}, token);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toContain('别名数量 16 超过上限 15');
      const ok = await t.gql(
        `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: districts { id }`).join(' ')} }`,
        {},
        token,
      );
      expect(ok.errors).toBeUndefined();
    });

    it('rejects an operation whose estimated cost is too high', async () => {
      const fields = Array.from(
        { length: 12 },
        (_, i) =>
          `v${i}: villages(limit: 100) { items { id code name parentId districtId townId villageId createdAt } }`,
      ).join(' ');
      const res = await t.gql(`{ ${fields} }`, {}, token);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toContain('查询成本');
    });

    it('counts depth through fragments', async () => {
      const res = await t.gql(
        'query { me { ...M } } fragment M on Me { roles { orgUnit { name } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
    });

    it('returns BAD_USER_INPUT naming each invalid field', async () => {
      const [town] = await t.db.adminQuery<{ id: string }>(`SELECT id FROM org_unit WHERE name = '宋村镇'`);
      const res = await t.gql(
        'mutation($input: CreateVillageInput!) { createVillage(input: $input) { id } }',
        { input: { townId: town.id, code: 'has spaces', name: '' } },
        token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      const fields = res.errors?.[0].extensions?.fields?.map((f) => f.field).sort();
      expect(fields).toEqual(['code', 'name']);
      expect(res.errors?.[0].message).toContain('code');
      const limit = await t.gql('{ villages(limit: 1000) { total } }', {}, token);
      expect(errorCode(limit)).toBe('BAD_USER_INPUT');
      expect(limit.errors?.[0].extensions?.fields?.[0]).toEqual({
        field: 'limit',
        reasons: ['不能大于 100'],
      });
    });

    it('allows introspection outside production', async () => {
      const res = await t.gql('{ __schema { queryType { name } } }', {}, token);
      expect(res.data?.__schema.queryType.name).toBe('Query');
    });
  });

  describe('with a low depth limit', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '2' } });
    });
    afterAll(() => t.close());

    it('rejects an operation nested deeper than the limit', async () => {
      const token = await t.login('dazetou-admin');
      const res = await t.gql('{ me { roles { orgUnit { name } } } }', {}, token);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toContain('查询嵌套深度 3 超过上限 2');
      expect((await t.gql('{ me { username } }', {}, token)).errors).toBeUndefined();
    });
  });

  describe('in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { NODE_ENV: 'production', APP_DB_PASSWORD: 'ignored-in-tests' } });
    });
    afterAll(() => t.close());

    it('turns introspection off and leaves stack traces out of errors', async () => {
      const token = await t.login('dazetou-admin');
      const res = await t.gql('{ __schema { queryType { name } } }', {}, token);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].message).toMatch(/introspection/i);
      const failed = await t.gql('{ orgUnit(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, token);
      expect(errorCode(failed)).toBe('NOT_FOUND');
      expect(JSON.stringify(failed.errors)).not.toMatch(/stacktrace|at .*\.ts/);
    });
  });
});
