import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app';
import { TEST_DEMO_PASSWORD } from '../../support/test-env';
import { launchBrowser, newContext } from './browser';

export interface WebTestServer {
  /** http://127.0.0.1:<port> — the real server, serving the built apps and the API on one origin. */
  baseUrl: string;
  api: TestApp;
  browser: Browser;
  /** A new browser profile signed in as a demo user: cadres in the admin app, residents on the phone app. */
  signIn(username: string, device?: 'desktop' | 'phone'): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

const WEB_DIR = join(__dirname, '../../../dist/apps');

// A journey is many browser steps, each allowed E2E_STEP_TIMEOUT_MS (browser.ts): more than the
// integration suites' 60 s per test. Set here, so every journey file gets it by importing this one.
jest.setTimeout(240_000);

/**
 * The built server on a real database with the demo, listening on a free port, and a browser for it.
 * The apps are the production build (`npm run build:web`, which `npm test` runs first).
 */
export async function startWebTestServer(
  options: Parameters<typeof startTestApp>[0] = {},
): Promise<WebTestServer> {
  for (const app of ['web-admin', 'web-villager']) {
    if (!existsSync(join(WEB_DIR, app, 'index.html'))) {
      throw new Error(`找不到 ${app} 的构建结果（dist/apps/${app}）：请先运行 npm run build:web`);
    }
  }
  const browser = await launchBrowser();
  let api: TestApp;
  try {
    api = await startTestApp({ ...options, env: { WEB_DIR, ...options.env } });
  } catch (error) {
    await browser.close();
    throw error;
  }
  await api.app.listen(0, '127.0.0.1');
  const { port } = api.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    api,
    browser,
    async signIn(username, device) {
      const phone = device === 'phone' || (device === undefined && username.endsWith('-resident'));
      const context = await newContext(browser, baseUrl, phone ? 'phone' : 'desktop');
      const page = await context.newPage();
      await page.goto(phone ? '/m/login' : '/login');
      await page.getByLabel(phone ? '账号' : '用户名').fill(username);
      await page.getByLabel('密码').fill(TEST_DEMO_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/login'));
      return { context, page };
    },
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

/**
 * The suite's server: started before its journeys, closed after them (Jest's beforeAll / afterAll,
 * registered here). The handle reads through to the started server, so a journey uses it as it is.
 */
export function useWebTestServer(options: Parameters<typeof startWebTestServer>[0] = {}): WebTestServer {
  let started: WebTestServer | undefined;
  beforeAll(async () => {
    started = await startWebTestServer(options);
  });
  afterAll(async () => started?.close());
  return new Proxy({} as WebTestServer, {
    get(_, key) {
      if (!started) throw new Error('the web test server is not started yet: use it inside a test');
      return Reflect.get(started, key);
    },
  });
}
