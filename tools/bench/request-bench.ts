import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInChina } from '@village/platform-common';
import { appUrlFor } from '@village/platform-db';
import { loadRequestBenchConfig } from './request-bench-config';
import { adminQuery, prepareBenchDatabase } from './request-database';
import { answerOf, runRound, warmUp, type LoadTarget } from './request-load';
import { BENCH_QUERIES, BENCH_USERNAME, BENCH_VILLAGE_NAME, type DemoIds } from './request-queries';
import {
  describePair,
  REQUEST_GOAL,
  summarise,
  writeRequestSection,
  type QueryResult,
  type RequestBenchResult,
} from './request-report';
import { startServer, type ServedProcess } from './request-servers';

const DEMO_PASSWORD = 'Bench@Demo2026';
// The app role's password is cluster-wide: the development default, which `npm start` sets as well.
const APP_DB_PASSWORD = 'village_app_dev';

/**
 * `npm run bench:request`: in one run against one database, the product and a bare Apollo Server doing
 * the same work by hand, under the same load, in interleaved rounds; writes the README section.
 */
async function main(): Promise<void> {
  const config = loadRequestBenchConfig();
  const loadBefore = loadavg()[0];
  log(`bench:request: ${config.rounds} rounds × ${config.seconds} s, ${config.connections} connections`);
  const db = await prepareBenchDatabase(config);
  const logDir = mkdtempSync(join(tmpdir(), 'village-request-bench-logs-'));
  const servers: ServedProcess[] = [];
  try {
    const secrets = { jwt: randomBytes(48).toString('base64url'), pii: randomBytes(32).toString('base64') };
    log(`database ready (${db.where}); seeding the demo through the product — logs in ${logDir}`);
    const productEnv = (seed: boolean) => ({
      NODE_ENV: 'production',
      DATABASE_URL: db.adminUrl,
      APP_DB_PASSWORD,
      JWT_SECRET: secrets.jwt,
      PII_KEY: secrets.pii,
      DEMO_PASSWORD,
      SEED_DEMO: String(seed),
      PORT: String(config.productPort),
      DATA_DIR: join(logDir, 'data'),
    });
    const startProduct = (name: string, seed: boolean) =>
      startServer({
        name,
        main: config.productMain,
        port: config.productPort,
        logDir,
        readySeconds: 300,
        env: productEnv(seed),
      });
    // Seeding replays the demo year under runAsOf, whose AsyncLocalStorage then stays enabled for the
    // life of that process and makes every promise ~2.5× dearer; a server restarted on its database,
    // as in any deployment after the first start, has none of that. So: seed, stop, start again.
    await (await startProduct('product-seed', true)).stop();
    const product = await startProduct('product', false);
    servers.push(product);
    const bare = await startServer({
      name: 'bare',
      main: config.bareMain,
      port: config.barePort,
      logDir,
      readySeconds: 60,
      env: {
        // As the product: graphql-js, Express and others skip their development-time checks.
        NODE_ENV: 'production',
        BARE_PORT: String(config.barePort),
        BARE_DATABASE_URL: appUrlFor(db.adminUrl, APP_DB_PASSWORD),
        JWT_SECRET: secrets.jwt,
        BARE_POOL_SIZE: '10',
      },
    });
    servers.push(bare);
    log('both servers answer');

    const token = await login(product.url);
    const [village] = await adminQuery<{ id: string }>(
      db.adminUrl,
      'SELECT id FROM org_unit WHERE name = $1',
      [BENCH_VILLAGE_NAME],
    );
    const ids: DemoIds = { villageId: village.id };
    const queries = await Promise.all(
      BENCH_QUERIES.map((query) => checkedTargets(query, ids, token, product, bare, config.checkAnswers)),
    );
    log(config.checkAnswers ? 'answers are byte-identical; warming up' : 'answers not compared; warming up');
    for (const { product: p, bare: b } of queries) {
      if (config.warmupSeconds) {
        await warmUp(p, config.connections, config.warmupSeconds);
        await warmUp(b, config.connections, config.warmupSeconds);
      }
    }

    const rounds = queries.map(() => [] as QueryResult['rounds']);
    for (let round = 0; round < config.rounds; round += 1) {
      for (const [i, targets] of queries.entries()) {
        const pair = await runRound(targets, round % 2 === 0, config.connections, config.seconds);
        if (pair.product.failures || pair.bare.failures) {
          throw new Error(
            `${BENCH_QUERIES[i].name}: failed requests (product ${pair.product.failures}, bare ${pair.bare.failures})`,
          );
        }
        rounds[i].push(pair);
        log(`round ${round + 1} ${BENCH_QUERIES[i].name.padEnd(9)} ${describePair(pair)}`);
      }
    }

    const result: RequestBenchResult = {
      date: todayInChina(),
      machine: await machine(db.adminUrl),
      database: db.where,
      rounds: config.rounds,
      seconds: config.seconds,
      connections: config.connections,
      load: [loadBefore, loadavg()[0]],
      queries: BENCH_QUERIES.map((query, i) => summarise(query, rounds[i])),
    };
    report(result);
    if (config.writeReadme) {
      await writeRequestSection(config.root, result);
      log('README.md: request-bench section written');
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await db.stop();
  }
}

async function login(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { username: BENCH_USERNAME, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { accessToken: string } } };
  const token = body.data?.login?.accessToken;
  if (!token) throw new Error(`login as ${BENCH_USERNAME} failed: ${JSON.stringify(body)}`);
  return token;
}

/** The same request for both servers, after checking they answer it with the same bytes. */
async function checkedTargets(
  query: (typeof BENCH_QUERIES)[number],
  ids: DemoIds,
  token: string,
  product: ServedProcess,
  bare: ServedProcess,
  compare: boolean,
): Promise<{ product: LoadTarget; bare: LoadTarget }> {
  const body = JSON.stringify({ query: query.query, variables: query.variables(ids) });
  const targets = {
    product: { url: product.url, token, body, cpuMs: () => product.cpuMs() },
    bare: { url: bare.url, token, body, cpuMs: () => bare.cpuMs() },
  };
  const [a, b] = await Promise.all([answerOf(targets.product), answerOf(targets.bare)]);
  if (compare && a !== b) {
    let at = 0;
    while (a[at] === b[at]) at += 1;
    throw new Error(
      `${query.name}: the answers differ at byte ${at}:\n product …${a.slice(Math.max(0, at - 120), at + 120)}\n` +
        ` bare    …${b.slice(Math.max(0, at - 120), at + 120)}`,
    );
  }
  return targets;
}

async function machine(adminUrl: string): Promise<string> {
  const [{ version }] = await adminQuery<{ version: string }>(
    adminUrl,
    `SELECT current_setting('server_version') AS version`,
  );
  const cpu = cpus();
  return (
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}) shared with other jobs, ` +
    `PostgreSQL ${version} on the same machine, Node ${process.version}`
  );
}

function report(r: RequestBenchResult): void {
  for (const q of r.queries) {
    const verdict = q.slowdown <= REQUEST_GOAL ? 'goal met' : `above the ${REQUEST_GOAL}× goal`;
    log(`${q.query.name.padEnd(9)} medians: ${describePair(q, q.slowdown)} (${verdict})`);
  }
}

function log(line: string): void {
  console.log(`[bench:request] ${line}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
