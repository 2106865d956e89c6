import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

const WEB_DIR = join(__dirname, '../../dist/apps');

/** The API serves the built apps (npm test builds them first): one origin, history routes, cached assets. */
describe('web apps served by the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { WEB_DIR } });
  });
  afterAll(async () => t?.close());

  const server = () => t.app.getHttpServer();
  const entryScript = (folder: string) =>
    readdirSync(join(WEB_DIR, folder, 'assets')).find((f) => /^index-.*\.js$/.test(f)) as string;

  it('answers any admin page path with the admin app, never cached, and /m/… with the villager app', async () => {
    for (const path of ['/', '/residents/123', '/scoring/review']) {
      const res = await request(server()).get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('管理端');
    }
    for (const path of ['/m/', '/m/declare', '/m/notice/abc']) {
      const res = await request(server()).get(path).expect(200);
      expect(res.text).toContain('我的信用积分');
      expect(res.text).toContain('/m/assets/');
    }
    await request(server()).get('/m').expect(301).expect('location', '/m/');
  });

  it('serves hashed assets for a year, compressed when the browser accepts it', async () => {
    const file = entryScript('web-villager');
    const br = await request(server())
      .get(`/m/assets/${file}`)
      .set('accept-encoding', 'gzip, br')
      .expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    const gzip = await request(server())
      .get(`/assets/${entryScript('web-admin')}`)
      .set('accept-encoding', 'gzip')
      .expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await request(server())
      .get(`/m/assets/${file}`)
      .set('accept-encoding', 'identity')
      .expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
  });

  it("serves an app's own unhashed files (the villager's early request) revalidated on every visit", async () => {
    const res = await request(server()).get('/m/early-my-score.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain('VillagerMyScore');
  });

  it('a missing asset is a 404, not the app page; the API paths are not pages', async () => {
    await request(server()).get('/assets/index-missing.js').expect(404);
    await request(server()).get('/m/assets/nope.css').expect(404);
    const gql = await request(server())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' })
      .expect(200);
    expect(gql.body.data.__typename).toBe('Query');
    await request(server())
      .get('/files/evidence/not-an-id')
      .expect((res) => expect(res.status).not.toBe(200));
  });

  it('allows blob: images (evidence shown from an object URL) and nothing from other origins', async () => {
    const res = await request(server()).get('/').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });
});
