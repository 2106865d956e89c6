import request from 'supertest';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';

/**
 * What production tells a caller about the schema: nothing it did not type. No "Did you mean …?" for
 * fields, arguments, types, enum values or input fields (in literals and in variables), no
 * introspection, no stack traces. Each document is also sent to a development app, which does suggest,
 * so that the test sees the suggestion it checks is gone.
 */
const MISTAKES: { name: string; query: string; variables?: Record<string, unknown>; says: string }[] = [
  { name: 'a field', query: '{ village(limit: 1) { total } }', says: 'Cannot query field "village"' },
  { name: 'an argument', query: '{ villages(limt: 1) { total } }', says: 'Unknown argument "limt"' },
  {
    name: 'an enum value',
    query: '{ auditLog(outcome: SUCESS) { total } }',
    says: 'Value "SUCESS" does not exist in "AuditOutcome" enum.',
  },
  {
    name: 'a type',
    query: 'query($o: AuditOutcom) { auditLog(outcome: $o) { total } }',
    says: 'Unknown type "AuditOutcom".',
  },
  {
    name: 'an input field',
    query: 'mutation { createVillage(input: { townId: "x", code: "c", name: "n", nmae: "n" }) { id } }',
    says: 'Field "nmae" is not defined by type "CreateVillageInput".',
  },
  {
    name: 'an enum value in a variable',
    query: 'query($o: AuditOutcome) { auditLog(outcome: $o) { total } }',
    variables: { o: 'SUCESS' },
    says: 'Value "SUCESS" does not exist in "AuditOutcome" enum.',
  },
  {
    name: 'an input field in a variable',
    query: 'mutation($input: CreateVillageInput!) { createVillage(input: $input) { id } }',
    variables: { input: { townId: 'x', code: 'c', name: 'n', nmae: 'n' } },
    says: 'Field "nmae" is not defined by type "CreateVillageInput".',
  },
];

describe('the production GraphQL surface', () => {
  let production: TestApp;
  let development: TestApp;

  beforeAll(async () => {
    [production, development] = await Promise.all([
      startTestApp({ seed: false, env: { NODE_ENV: 'production', APP_DB_PASSWORD: 'ignored-in-tests' } }),
      startTestApp({ seed: false }),
    ]);
  });
  afterAll(() => Promise.all([production?.close(), development?.close()]));

  async function post(t: TestApp, query: string, variables?: Record<string, unknown>) {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query, variables });
    return res.body as GqlResponse;
  }

  it.each(MISTAKES)('names no suggestion for $name', async ({ query, variables, says }) => {
    const dev = await post(development, query, variables);
    expect(dev.errors).toHaveLength(1);
    expect(dev.errors?.[0].message).toContain(says);
    expect(dev.errors?.[0].message).toMatch(/Did you mean/);
    const prod = await post(production, query, variables);
    expect(prod.errors).toHaveLength(1);
    expect(prod.errors?.[0].message).toContain(says);
    expect(prod.errors?.[0].message).not.toMatch(/Did you mean/i);
  });

  it('refuses introspection in Chinese, by __schema and by __type', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }']) {
      const res = await post(production, query);
      expect(res.data ?? null).toBeNull();
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toBe('生产环境不提供内省查询（introspection）');
    }
    expect((await post(development, '{ __type(name: "Query") { name } }')).data).toEqual({
      __type: { name: 'Query' },
    });
  });

  it('lets the explorer’s introspection query through the depth limit outside production', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const res = await post(development, getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.queryType.name).toBe('Query');
  });

  it('leaves stack traces out of parse, validation, limit and execution errors', async () => {
    const documents = [
      '{ villages(limit: 1) { total }', // parse
      '{ village { total } }', // validation
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }`, // alias limit
      '{' + 'a{'.repeat(100), // document limit
      '{ me { username } }', // execution: not logged in
    ];
    for (const query of documents) {
      const dev = await post(development, query);
      const prod = await post(production, query);
      expect(prod.errors?.[0].extensions?.code).toBe(dev.errors?.[0].extensions?.code);
      expect(JSON.stringify(prod.errors)).not.toMatch(/stacktrace|\.ts:\d+|at .*\(/);
    }
    expect(JSON.stringify((await post(development, '{ village { total } }')).errors)).toContain('stacktrace');
  });

  it('serves no explorer and says nothing about Express', async () => {
    const page = await request(production.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toContain('graphiql');
    expect(page.headers['x-powered-by']).toBeUndefined();
    const asset = await request(production.app.getHttpServer()).get('/graphql-explorer/graphiql.js');
    expect(asset.status).toBe(404);
    expect(asset.headers['x-powered-by']).toBeUndefined();
  });
});
