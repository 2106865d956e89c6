import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { permissionsOf, Role, todayInChina } from '@village/platform-common';
import { RequestContext } from '@village/platform-tenancy';
import { RedemptionService } from '@village/incentives';
import { openBenchApp } from './bench-app';
import { recreateBenchDatabase, withAdminClient } from './bench-database';
import { envInt } from './bench-env';
import { machineFacts } from './bench-report';
import { writeReadmeSection } from './readme-section';
import { bareReserve, seed, type Seeded } from './redemption-bench-seed';

export const RERUN = 'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:redemption';
const MARKERS = {
  start: '<!-- redemption-bench:start -->',
  end: '<!-- redemption-bench:end -->',
  before: '<!-- preview-bench:start -->',
};

/**
 * `npm run bench:redemption`: one village shop, CLIENTS residents' accounts with ample points, one good
 * with ample stock. Interleaved over BENCH_ROUNDS rounds: CLIENTS concurrent clients reserve through the
 * real RedemptionService (a transaction under row-level security: client key, account, lots, stock,
 * points chain, redemption and its event) beside the bare conditional-UPDATE SQL in the same run (one
 * transaction: stock, balance, one insert, as superuser). Then a stock of 10 against CLIENTS clients,
 * counted for overselling. Writes the README's figure.
 */
async function main(): Promise<void> {
  const clients = envInt(process.env, 'BENCH_CLIENTS', 64, 1);
  const perClient = envInt(process.env, 'BENCH_PER_CLIENT', 30, 1);
  const rounds = envInt(process.env, 'BENCH_ROUNDS', 3, 1);
  // Both paths get the same number of connections; the clients queue for them as requests would.
  const pool = Math.min(clients, envInt(process.env, 'BENCH_POOL', 20, 1));
  const serverUrl = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
  const db = await recreateBenchDatabase(serverUrl, 'village_redemption_bench');
  const bench = await openBenchApp(db.appUrl, pool);
  const bare = new Pool({ connectionString: db.adminUrl, max: pool });
  try {
    await withAdminClient(db.adminUrl, async (admin) => {
      const seeded = await seed(admin, clients);
      const service = bench.app.get(RedemptionService);
      const clerk = RequestContext.system([
        { role: Role.STORE_CLERK, permissions: permissionsOf(Role.STORE_CLERK), unit: seeded.village },
      ]);
      const serviceRates: number[] = [];
      const bareRates: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        serviceRates.push(
          await rate(clients, perClient, (c) =>
            service.reserveFor(clerk, seeded.residents[c].id, {
              goodsId: seeded.goodsId,
              quantity: 1,
              clientKey: randomUUID(),
              onBehalf: { residentConfirmation: '基准测试' },
            }),
          ),
        );
        bareRates.push(await rate(clients, perClient, (c) => bareReserve(bare, seeded, c)));
        log(`round ${round + 1}: service ${serviceRates[round]}/s, bare SQL ${bareRates[round]}/s`);
      }
      const oversell = await scarce(service, clerk, seeded, clients, admin);
      const service50 = median(serviceRates);
      const bare50 = median(bareRates);
      const section = [
        MARKERS.start,
        `**Redemptions under contention** (\`npm run bench:redemption\`, ${todayInChina()}; ${await machineFacts(admin)}):`,
        `${clients} concurrent clients over ${pool} database connections (the same for both paths) reserving one good of one village shop, ${perClient} each per round, median of ${rounds} interleaved rounds.`,
        '',
        '| Path | Redemptions per second | Ratio |',
        '| --- | ---: | ---: |',
        `| \`RedemptionService.reserveFor\` (RLS, client key, account, lots, stock, points chain, redemption + event) | ${service50} | ${(bare50 / service50).toFixed(2)}× |`,
        `| Bare conditional-UPDATE SQL (stock, balance, one insert; superuser) | ${bare50} | 1.00× |`,
        '',
        `A stock of 10 against ${clients} clients at once: ${oversell.reserved} reserved, stock left ${oversell.stock}, ${oversell.negative} balances below 0 — **${Math.max(0, oversell.reserved - 10)} oversold**. Goal within 3× of the bare SQL: ${bare50 / service50 <= 3 ? 'met' : 'not met'}. Rerun with \`${RERUN}\` (\`BENCH_CLIENTS\`, \`BENCH_PER_CLIENT\`, \`BENCH_ROUNDS\`; it drops and recreates the database \`village_redemption_bench\`).`,
        MARKERS.end,
      ].join('\n');
      await writeReadmeSection(join(__dirname, '../../../README.md'), MARKERS, section);
      console.log(section);
    });
  } finally {
    await bare.end();
    await bench.close();
  }
}

/** Completed reservations per second with `clients` workers running `perClient` each. */
async function rate(clients: number, perClient: number, one: (client: number) => Promise<unknown>) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i += 1) await one(c);
    }),
  );
  return Math.round((clients * perClient) / ((performance.now() - started) / 1000));
}

async function scarce(
  service: RedemptionService,
  clerk: RequestContext,
  s: Seeded,
  clients: number,
  admin: Client,
): Promise<{ reserved: number; stock: number; negative: number }> {
  const results = await Promise.allSettled(
    Array.from({ length: clients }, (_, c) =>
      service.reserveFor(clerk, s.residents[c].id, {
        goodsId: s.scarceGoodsId,
        quantity: 1,
        clientKey: randomUUID(),
        onBehalf: { residentConfirmation: '基准测试' },
      }),
    ),
  );
  const { rows } = await admin.query<{ stock: number; negative: string }>(
    `SELECT (SELECT stock FROM goods WHERE id = $1) AS stock,
            (SELECT count(*) FROM points_account WHERE balance < 0) AS negative`,
    [s.scarceGoodsId],
  );
  return {
    reserved: results.filter((r) => r.status === 'fulfilled').length,
    stock: rows[0].stock,
    negative: Number(rows[0].negative),
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function log(line: string): void {
  console.error(`[bench:redemption] ${line}`);
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
