import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { todayInChina } from '@village/platform-common';
import { envInt } from './bench-env';
import { prepareBenchDatabase } from './request-database';
import { startServer } from './request-servers';
import { timeUntilUsable } from './web-budget-browser';
import { webBudgetParagraph, writeWebBudget, type WebBudgetResult } from './web-budget-report';
import { firstLoadSize } from './web-budget-sizes';

const ROOT = process.cwd();
const DEMO_PASSWORD = 'Bench@Demo2026';
const RESIDENT = 'dazetou-resident';
/** The villager's "my score" is usable when a score figure is on screen (apps/web-villager, my-score page). */
const VILLAGER_READY = '.points-big';

/**
 * `npm run bench:web`: the web apps' first-load JavaScript, and how long a resident's "my score" takes
 * to become usable on a throttled phone profile, each beside an empty React page built and served the
 * same way, measured in one run; writes the README paragraph (BENCH_WEB_WRITE=false: print only).
 */
async function main(): Promise<void> {
  const rounds = envInt(process.env, 'BENCH_WEB_ROUNDS', 3, 1);
  const port = envInt(process.env, 'BENCH_WEB_PORT', 4791, 1);
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath))
    throw new Error(`${chromiumPath} missing: apt-get install -y chromium fonts-noto-cjk`);
  log('building the baseline page');
  execFileSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'tools/bench/web-baseline/vite.config.mts'],
    {
      stdio: 'ignore',
      cwd: ROOT,
    },
  );
  const baselineDir = join(ROOT, 'tmp/web-baseline');
  const sizes = {
    admin: firstLoadSize(join(ROOT, 'dist/apps/web-admin')),
    villager: firstLoadSize(join(ROOT, 'dist/apps/web-villager')),
    baseline: firstLoadSize(baselineDir),
  };

  const db = await prepareBenchDatabase({
    serverUrl: process.env.DATABASE_URL ?? null,
    database: 'village_web_budget',
    embeddedPort: envInt(process.env, 'BENCH_EMBEDDED_PG_PORT', 54339, 1),
  });
  const logDir = mkdtempSync(join(tmpdir(), 'village-web-budget-'));
  log(`database ready (${db.where}); starting the product with the demo — logs in ${logDir}`);
  const product = await startServer({
    name: 'product',
    main: join(ROOT, 'dist/apps/api/src/main.js'),
    port,
    logDir,
    readySeconds: 300,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: db.adminUrl,
      APP_DB_PASSWORD: 'village_app_dev',
      JWT_SECRET: randomBytes(48).toString('base64url'),
      PII_KEY: randomBytes(32).toString('base64'),
      SEED_DEMO: 'true',
      DEMO_PASSWORD,
      PORT: String(port),
      WEB_DIR: join(ROOT, 'dist/apps'),
      DATA_DIR: join(logDir, 'data'),
    },
  });
  const baseline = await serveStatic(baselineDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    const session = JSON.stringify({
      accessToken: await login(`${origin}/graphql`),
      mustChangePassword: false,
    });
    const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;
    const result: WebBudgetResult = {
      date: todayInChina(),
      rounds,
      ...sizes,
      villagerRuns: [],
      baselineRuns: [],
    };
    for (let round = 0; round < rounds; round += 1) {
      const villager = () =>
        timeUntilUsable(browser, `${origin}/m/`, VILLAGER_READY, { 'village-resident-session': session });
      const empty = () => timeUntilUsable(browser, baselineUrl, '.baseline-ready');
      // Interleaved, alternating which goes first, so drift on a shared machine falls on both.
      if (round % 2 === 0) {
        result.villagerRuns.push(await villager());
        result.baselineRuns.push(await empty());
      } else {
        result.baselineRuns.push(await empty());
        result.villagerRuns.push(await villager());
      }
      if (process.env.BENCH_WEB_TRACE === '1') log(result.villagerRuns.at(-1)?.waterfall.join('\n') ?? '');
      log(
        `round ${round + 1}: villager ${result.villagerRuns.at(-1)?.usableMs.toFixed(0)} ms, baseline ${result.baselineRuns.at(-1)?.usableMs.toFixed(0)} ms`,
      );
    }
    console.log(webBudgetParagraph(result));
    if (process.env.BENCH_WEB_WRITE !== 'false') writeWebBudget(ROOT, result);
  } finally {
    await browser.close();
    baseline.close();
    await product.stop();
    await db.stop();
  }
}

async function login(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { username: RESIDENT, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await res.json()) as { data?: { login: { accessToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login ${RESIDENT} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.accessToken;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The baseline's files, served as the product serves its own: the gzip copy when accepted. */
function serveStatic(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    };
    const gzip = `${file}.gz`;
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'])) && existsSync(gzip)) {
      headers['content-encoding'] = 'gzip';
      return res.writeHead(200, headers).end(readFileSync(gzip));
    }
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function log(message: string): void {
  console.log(`[bench:web] ${message}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
