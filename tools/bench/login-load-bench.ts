import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInChina } from '@village/platform-common';
import { startAttack, type AttackResult } from './login-attack';
import { loadLoginBenchConfig, type LoginBenchConfig } from './login-bench-config';
import {
  LOGIN_GOAL,
  writeLoginSection,
  type LoginBenchResult,
  type LoginPhase,
  type MeRuns,
} from './login-report';
import { adminQuery, prepareBenchDatabase } from './request-database';
import { measure, median, warmUp, type LoadRun, type LoadTarget } from './request-load';
import { startServer, type ServedProcess } from './request-servers';

const DEMO_PASSWORD = 'Bench@Demo2026';
const APP_DB_PASSWORD = 'village_app_dev';
const USERNAME = 'dazetou-admin';
const ME = JSON.stringify({ query: '{ me { id username displayName roles { role orgUnit { name } } } }' });
const RAISED = '1000000';

/**
 * `npm run bench:login`: `{ me }` latency idle and while wrong logins run continuously, on (a) a server
 * with the default throttles (one attacking address: refused before hashing) and (b) one with the
 * throttles raised so every attempt is hashed; writes the README section.
 */
async function main(): Promise<void> {
  const config = loadLoginBenchConfig();
  const loadBefore = loadavg()[0];
  log(`${config.attackers} attackers, ${config.connections} connections on me, ${config.seconds} s a phase`);
  const db = await prepareBenchDatabase(config);
  const logDir = mkdtempSync(join(tmpdir(), 'village-login-bench-logs-'));
  const secrets = { jwt: randomBytes(48).toString('base64url'), pii: randomBytes(32).toString('base64') };
  const env = (seed: boolean, extra: Record<string, string> = {}) => ({
    NODE_ENV: 'production',
    DATABASE_URL: db.adminUrl,
    APP_DB_PASSWORD,
    JWT_SECRET: secrets.jwt,
    PII_KEY: secrets.pii,
    DEMO_PASSWORD,
    SEED_DEMO: String(seed),
    PORT: String(config.port),
    DATA_DIR: join(logDir, 'data'),
    ...extra,
  });
  const start = (name: string, seed: boolean, extra?: Record<string, string>) =>
    startServer({
      name,
      main: config.productMain,
      port: config.port,
      logDir,
      readySeconds: 300,
      env: env(seed, extra),
    });
  try {
    log(`database ready (${db.where}); seeding the demo — logs in ${logDir}`);
    // As bench:request: seed, then measure servers restarted on the seeded database.
    await (await start('seed', true)).stop();
    const throttled = await phasesOf(await start('throttled', false), 'default throttles', config);
    // The blocks of phase (a) live in the database: the next server must not inherit them.
    await adminQuery(db.adminUrl, 'DELETE FROM login_throttle');
    const hashing = await phasesOf(
      await start('hashing', false, { LOGIN_IP_MAX_FAILURES: RAISED, LOGIN_USER_MAX_FAILURES: RAISED }),
      'throttles raised',
      config,
    );
    const ratio = (phases: LoginPhase[], runs: keyof MeRuns) =>
      phases[1].me[runs].p50 / phases[0].me[runs].p50;
    const result: LoginBenchResult = {
      date: todayInChina(),
      machine: await machine(db.adminUrl),
      database: db.where,
      seconds: config.seconds,
      rounds: config.rounds,
      connections: config.connections,
      attackers: config.attackers,
      hashCost: 15,
      hashConcurrency: String(Math.max(1, Math.floor(availableParallelism() / 2))),
      load: [loadBefore, loadavg()[0]],
      phases: [...throttled, ...hashing],
      ratios: {
        throttled: ratio(throttled, 'paced'),
        hashing: ratio(hashing, 'paced'),
        throttledFlatOut: ratio(throttled, 'flatOut'),
        hashingFlatOut: ratio(hashing, 'flatOut'),
      },
    };
    for (const [name, value] of Object.entries(result.ratios)) {
      log(`${name}: p50 under load ${value.toFixed(2)}× idle (goal ≤ ${LOGIN_GOAL}×)`);
    }
    if (config.writeReadme) {
      await writeLoginSection(config.root, result);
      log('README.md: login-bench section written');
    }
  } finally {
    await db.stop();
  }
}

/** `me` for one user asking back to back, then flat out on all connections. */
async function measureMe(target: LoadTarget, config: LoginBenchConfig, name: string): Promise<MeRuns> {
  const paced = await measure(target, 1, config.seconds);
  const flatOut = await measure(target, config.connections, config.seconds);
  checked(paced.failures + flatOut.failures, name);
  log(
    `${name}: me for one user p50 ${paced.p50} ms, p99 ${paced.p99} ms; ` +
      `flat out ${Math.round(flatOut.requestsPerSecond)}/s p50 ${flatOut.p50} ms, p99 ${flatOut.p99} ms`,
  );
  return { paced, flatOut };
}

/** `rounds` × (idle, then under attack) on one server, medians over the rounds; stops it. */
async function phasesOf(
  server: ServedProcess,
  name: string,
  config: LoginBenchConfig,
): Promise<LoginPhase[]> {
  try {
    const target: LoadTarget = {
      url: server.url,
      token: await login(server.url),
      body: ME,
      cpuMs: () => server.cpuMs(),
    };
    if (config.warmupSeconds) await warmUp(target, config.connections, config.warmupSeconds);
    const idle: MeRuns[] = [];
    const loaded: MeRuns[] = [];
    const attacks: AttackResult[] = [];
    for (let round = 1; round <= config.rounds; round++) {
      idle.push(await measureMe(target, config, `${name}, round ${round}, idle`));
      const attack = startAttack(server.url, config.attackers);
      await new Promise((r) => setTimeout(r, 1000)); // the attack in full swing before measuring
      loaded.push(await measureMe(target, config, `${name}, round ${round}, attacked`));
      const attacked = await attack.stop();
      if (attacked.codes.OK) throw new Error(`${name}: a wrong password logged in`);
      log(
        `${name}, round ${round}: ${Math.round(attacked.perSecond)} wrong logins/s, ${JSON.stringify(attacked.codes)}`,
      );
      attacks.push(attacked);
    }
    const phase = name === 'default throttles' ? '(a) one attacking address' : '(b) every attempt hashed';
    return [
      { server: name, phase: 'idle', me: medianRuns(idle), attack: null },
      {
        server: name,
        phase: `${phase}, ${config.attackers} in flight`,
        me: medianRuns(loaded),
        attack: sumAttacks(attacks),
      },
    ];
  } finally {
    await server.stop();
  }
}

function medianRuns(runs: MeRuns[]): MeRuns {
  const of = (pick: (r: MeRuns) => LoadRun): LoadRun => ({
    requestsPerSecond: median(runs.map((r) => pick(r).requestsPerSecond)),
    p50: median(runs.map((r) => pick(r).p50)),
    p99: median(runs.map((r) => pick(r).p99)),
    failures: runs.reduce((sum, r) => sum + pick(r).failures, 0),
    cpuMicrosPerRequest: null,
  });
  return { paced: of((r) => r.paced), flatOut: of((r) => r.flatOut) };
}

function sumAttacks(attacks: AttackResult[]): AttackResult {
  const codes: Record<string, number> = {};
  for (const a of attacks)
    for (const [code, n] of Object.entries(a.codes)) codes[code] = (codes[code] ?? 0) + n;
  return {
    attempts: attacks.reduce((sum, a) => sum + a.attempts, 0),
    perSecond: median(attacks.map((a) => a.perSecond)),
    codes,
  };
}

function checked(failures: number, name: string): void {
  if (failures) throw new Error(`${name}: ${failures} failed me requests`);
}

async function login(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { username: USERNAME, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { accessToken: string } } };
  const token = body.data?.login?.accessToken;
  if (!token) throw new Error(`login as ${USERNAME} failed: ${JSON.stringify(body)}`);
  return token;
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

function log(line: string): void {
  console.log(`[bench:login] ${line}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
