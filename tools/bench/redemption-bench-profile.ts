import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { permissionsOf, Role } from '@village/platform-common';
import { APP_ROLE } from '@village/platform-db';
import { RequestContext, TenantDb } from '@village/platform-tenancy';
import { RedemptionService } from '@village/incentives';
import { openBenchApp } from './bench-app';
import { recreateBenchDatabase, withAdminClient } from './bench-database';
import { envInt } from './bench-env';
import { QueryProfile } from './query-profile';
import { bareReserve, seed } from './redemption-bench-seed';

/**
 * `node dist/tools/bench/redemption-bench-profile.js`: where a reservation's time goes, for the README's
 * redemption figure. For the service path and the bare SQL path: the statements one reservation sends
 * (one client, one after another), the time per reservation, the CPU it costs in Node and in the
 * PostgreSQL backends (from /proc, same machine only); then CLIENTS clients at once, timing each statement
 * (lock waits included) and sampling what the busy backends wait for. Its own database
 * (`village_redemption_profile`); writes nothing into the README.
 */
async function main(): Promise<void> {
  const clients = envInt(process.env, 'BENCH_CLIENTS', 64, 1);
  const serial = envInt(process.env, 'BENCH_SERIAL', 300, 1);
  const perClient = envInt(process.env, 'BENCH_PER_CLIENT', 10, 1);
  const pool = Math.min(clients, envInt(process.env, 'BENCH_POOL', 20, 1));
  const serverUrl = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = 'village_redemption_profile';
  const db = await recreateBenchDatabase(serverUrl, name);
  const bench = await openBenchApp(db.appUrl, pool);
  const bare = new Pool({ connectionString: db.adminUrl, max: pool, application_name: 'village-bench-bare' });
  try {
    await withAdminClient(db.adminUrl, async (admin) => {
      const seeded = await seed(admin, clients);
      const service = bench.app.get(RedemptionService);
      const clerk = RequestContext.system([
        { role: Role.STORE_CLERK, permissions: permissionsOf(Role.STORE_CLERK), unit: seeded.village },
      ]);
      const viaService = (c: number) =>
        service.reserveFor(clerk, seeded.residents[c].id, {
          goodsId: seeded.goodsId,
          quantity: 1,
          clientKey: randomUUID(),
          onBehalf: { residentConfirmation: '基准测试' },
        });
      const viaBare = (c: number) => bareReserve(bare, seeded, c);
      // Warm both pools (every connection) and the plans' caches.
      await Promise.all(Array.from({ length: pool }, (_, c) => viaService(c)));
      await Promise.all(Array.from({ length: pool }, (_, c) => viaBare(c)));
      // Captured from a reservation rolled back at its end (the operation's last step throws).
      const probe = RequestContext.system([
        { role: Role.STORE_CLERK, permissions: permissionsOf(Role.STORE_CLERK), unit: seeded.village },
      ]);
      await explainOne(db.appUrl, () =>
        bench.app
          .get(TenantDb)
          .runOperation(
            probe,
            () =>
              service.reserveFor(probe, seeded.residents[0].id, {
                goodsId: seeded.goodsId,
                quantity: 1,
                clientKey: randomUUID(),
                onBehalf: { residentConfirmation: '基准测试' },
              }),
            () => Promise.reject(new RolledBack()),
          )
          .catch((error: unknown) => {
            if (!(error instanceof RolledBack)) throw error;
          }),
      );
      for (const [label, one, app] of [
        ['service', viaService, 'village-bench'],
        ['bare SQL', viaBare, 'village-bench-bare'],
      ] as const) {
        await serialProfile(admin, name, label, app, serial, one);
        await contendedProfile(admin, name, label, app, clients, perClient, one);
      }
      // One pooled connection's prepared statements: generic plans mean planning once per connection.
      const prepared = (await bench.app
        .get(DataSource)
        .query(
          'SELECT generic_plans, custom_plans, left(regexp_replace(statement, $1, $2, $3), 70) AS statement FROM pg_prepared_statements',
          ['\\s+', ' ', 'g'],
        )) as { generic_plans: string; custom_plans: string; statement: string }[];
      console.log('\n## prepared statements of one pooled connection (generic plans / custom plans)');
      for (const p of prepared) console.log(`  ${p.generic_plans} / ${p.custom_plans}  ${p.statement}`);
    });
  } finally {
    await bare.end();
    await bench.close();
  }
}

async function serialProfile(
  admin: Client,
  database: string,
  label: string,
  app: string,
  n: number,
  one: (client: number) => Promise<unknown>,
): Promise<void> {
  const profile = new QueryProfile();
  const pgBefore = await backendCpu(admin, database, app);
  const nodeBefore = process.cpuUsage();
  profile.start();
  const started = performance.now();
  for (let i = 0; i < n; i += 1) await one(i % 8);
  const ms = performance.now() - started;
  profile.stop();
  const node = process.cpuUsage(nodeBefore);
  const pgAfter = await backendCpu(admin, database, app);
  const pgMs = [...pgAfter.entries()].reduce((sum, [pid, t]) => sum + t - (pgBefore.get(pid) ?? 0), 0);
  const { queries, ms: inDb } = profile.totals;
  console.log(`\n## ${label}, one client, ${n} reservations one after another`);
  console.log(
    `${(queries / n).toFixed(1)} statements per reservation; ${(ms / n).toFixed(2)} ms per reservation ` +
      `(${(inDb / n).toFixed(2)} ms waiting for PostgreSQL); CPU per reservation: Node ` +
      `${((node.user + node.system) / 1000 / n).toFixed(2)} ms, PostgreSQL ${(pgMs / n).toFixed(2)} ms`,
  );
  for (const s of profile.top(20)) {
    console.log(`  ${(s.count / n).toFixed(1)}×  ${(s.ms / s.count).toFixed(3)} ms  ${s.statement}`);
  }
}

async function contendedProfile(
  admin: Client,
  database: string,
  label: string,
  app: string,
  clients: number,
  perClient: number,
  one: (client: number) => Promise<unknown>,
): Promise<void> {
  const profile = new QueryProfile();
  const waits = new Map<string, number>();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await admin.query<{ w: string; q: string }>(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' ' || state AS w,
                left(regexp_replace(query, '\\s+', ' ', 'g'), 60) AS q
           FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
        [database, app],
      );
      for (const r of rows) waits.set(`${r.w} | ${r.q}`, (waits.get(`${r.w} | ${r.q}`) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  profile.start();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i += 1) await one(c);
    }),
  );
  const ms = performance.now() - started;
  profile.stop();
  sampling = false;
  await sampler;
  const n = clients * perClient;
  console.log(`\n## ${label}, ${clients} clients at once, ${perClient} each`);
  console.log(`${Math.round(n / (ms / 1000))} reservations per second`);
  for (const s of profile.top(20)) {
    console.log(`  ${(s.count / n).toFixed(1)}×  ${(s.ms / s.count).toFixed(3)} ms  ${s.statement}`);
  }
  const total = [...waits.values()].reduce((a, b) => a + b, 0);
  console.log('  backends sampled (wait | statement):');
  for (const [what, count] of [...waits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${((100 * count) / total).toFixed(1).padStart(5)}%  ${what}`);
  }
}

class RolledBack extends Error {}

/**
 * Replays one service reservation's statements as the app role in a transaction that is rolled back,
 * each under EXPLAIN ANALYZE: planning and execution time inside PostgreSQL, per statement (with
 * BENCH_EXPLAIN=plans, the plans too).
 */
async function explainOne(appUrl: string, one: () => Promise<unknown>): Promise<void> {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const seen: { text: string; values: unknown[] }[] = [];
  proto.query = function (this: Client, ...args: unknown[]) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    if (typeof config === 'string') seen.push({ text: config, values: values ?? [] });
    else seen.push({ text: config.text, values: config.values ?? values ?? [] });
    return original.apply(this, args);
  };
  try {
    await one();
  } finally {
    proto.query = original;
  }
  const client = new Client({ connectionString: appUrl, options: `-c role=${APP_ROLE}` });
  await client.connect();
  console.log('\n## one service reservation replayed under EXPLAIN ANALYZE (planning + execution ms)');
  try {
    await client.query('BEGIN');
    for (const { text, values } of seen) {
      if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(text.trim())) continue;
      if (text.includes('set_config(')) {
        await client.query(text, values);
        continue;
      }
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
        values,
      );
      const lines = rows.map((r) => r['QUERY PLAN']);
      const time = (label: string) => lines.find((l) => l.startsWith(label))?.replace(/^.*: /, '') ?? '?';
      console.log(
        `  ${time('Planning Time')} + ${time('Execution Time')}  ${text.replace(/\s+/g, ' ').slice(0, 80)}`,
      );
      if (process.env.BENCH_EXPLAIN === 'plans') console.log(lines.map((l) => `      ${l}`).join('\n'));
    }
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

/** CPU milliseconds used so far by each backend of `app` on `database` (utime + stime from /proc). */
async function backendCpu(admin: Client, database: string, app: string): Promise<Map<string, number>> {
  const { rows } = await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2',
    [database, app],
  );
  const ticks = 1000 / 100; // USER_HZ
  const cpu = new Map<string, number>();
  for (const { pid } of rows) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    cpu.set(String(pid), (Number(fields[11]) + Number(fields[12])) * ticks);
  }
  return cpu;
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
