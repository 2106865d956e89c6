import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

/** Response headers: nothing about Express, and the usual protections on every page the server serves. */
describe('HTTP headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());

  it('never say X-Powered-By', async () => {
    const answers = await Promise.all([
      http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' }),
      http().get('/graphql').set('accept', 'text/html'),
      http().get('/graphql-explorer/graphiql.css'),
      http().get('/no-such-page'),
    ]);
    for (const res of answers) expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('protect the explorer page: no sniffing, no framing, no referrer, scripts from this server only', async () => {
    const page = await http().get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('graphiql.js');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    // The policy allows no inline script, so the page has none: every script is a served file.
    const scripts = page.text.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/ src="\/graphql-explorer\/[a-z-]+\.js"/);
    expect(page.text).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
    expect(page.text).not.toMatch(/ on[a-z]+=/);
  });

  it('serve the explorer’s own script, which points at /graphql', async () => {
    const script = await http().get('/graphql-explorer/explorer.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.text).toContain('GraphiQL.createFetcher({ url: "/graphql" })');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it('carry the same protections on GraphQL answers', async () => {
    const res = await http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
