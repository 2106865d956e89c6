import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { permissionsOf, Role, todayInChina } from '@village/platform-common';
import { RequestContext, type OrgRef } from '@village/platform-tenancy';
import { RedemptionService } from '@village/incentives';
import { openBenchApp } from './bench-app';
import { recreateBenchDatabase, withAdminClient } from './bench-database';
import { envInt } from './bench-env';
import { machineFacts } from './bench-report';
import { writeReadmeSection } from './readme-section';

export const RERUN = 'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:redemption';
const MARKERS = {
  start: '<!-- redemption-bench:start -->',
  end: '<!-- redemption-bench:end -->',
  before: '<!-- preview-bench:start -->',
};

interface Seeded {
  village: OrgRef;
  shopId: string;
  goodsId: string;
  scarceGoodsId: string;
  residents: { id: string; accountId: string }[];
}

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

async function bareReserve(pool: Pool, s: Seeded, client: number): Promise<void> {
  const conn = await pool.connect();
  try {
    await conn.query('BEGIN');
    const stock = await conn.query('UPDATE goods SET stock = stock - 1 WHERE id = $1 AND stock >= 1', [
      s.goodsId,
    ]);
    const paid = await conn.query(
      'UPDATE points_account SET balance = balance - 10 WHERE id = $1 AND balance >= 10',
      [s.residents[client].accountId],
    );
    if (stock.rowCount !== 1 || paid.rowCount !== 1) throw new Error('bare SQL: out of stock or points');
    await conn.query('INSERT INTO bench_bare_redemption (id, goods_id, account_id) VALUES ($1, $2, $3)', [
      randomUUID(),
      s.goodsId,
      s.residents[client].accountId,
    ]);
    await conn.query('COMMIT');
  } catch (error) {
    await conn.query('ROLLBACK');
    throw error;
  } finally {
    conn.release();
  }
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

/** Org units, residents with accounts and one generous lot each, a shop with two goods (plain SQL). */
async function seed(admin: Client, clients: number): Promise<Seeded> {
  const district = randomUUID();
  const town = randomUUID();
  const village = randomUUID();
  await admin.query(
    `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id) VALUES
       ($1, 'DISTRICT', 'RB', '基准区', NULL, $1, NULL, NULL),
       ($2, 'TOWN', 'RB-T', '基准镇', $1, $1, $2, NULL),
       ($3, 'VILLAGE', 'RB-V', '基准村', $2, $1, $2, $3)`,
    [district, town, village],
  );
  const residents = Array.from({ length: clients }, () => ({ id: randomUUID(), accountId: randomUUID() }));
  for (const [k, r] of residents.entries()) {
    await admin.query(
      `INSERT INTO resident (district_id, town_id, village_id, id, name, gender, birth_date, id_number_cipher,
                             id_number_hash, id_number_masked, status)
       VALUES ($1, $2, $3, $4, $5, 'MALE', '1970-01-01', 'bench:not-encrypted', $6, '371081********0000', 'ACTIVE')`,
      [district, town, village, r.id, `村民${k}`, randomUUID().replace(/-/g, '')],
    );
    await admin.query(
      `INSERT INTO points_account (id, district_id, town_id, village_id, resident_id, balance)
       VALUES ($1, $2, $3, $4, $5, 1000000)`,
      [r.accountId, district, town, village, r.id],
    );
    await admin.query(
      `INSERT INTO points_lot (id, district_id, town_id, village_id, account_id, amount, remaining, earned_on, expires_on)
       VALUES ($1, $2, $3, $4, $5, 1000000, 1000000, current_date, NULL)`,
      [randomUUID(), district, town, village, r.accountId],
    );
  }
  const shopId = randomUUID();
  const goodsId = randomUUID();
  const scarceGoodsId = randomUUID();
  await admin.query(
    `INSERT INTO shop (id, district_id, town_id, village_id, name, kind) VALUES ($1, $2, $3, $4, '基准信用超市', 'SUPERMARKET')`,
    [shopId, district, town, village],
  );
  await admin.query(
    `INSERT INTO goods (id, shop_id, district_id, town_id, village_id, name, price_points, stock)
     VALUES ($1, $4, $5, $6, $7, '洗衣液', 10, 10000000), ($2, $4, $5, $6, $7, '限量大米', 10, 10), ($3, $4, $5, $6, $7, '未用', 10, 0)`,
    [goodsId, scarceGoodsId, randomUUID(), shopId, district, town, village],
  );
  await admin.query(
    'CREATE UNLOGGED TABLE bench_bare_redemption (id uuid PRIMARY KEY, goods_id uuid, account_id uuid)',
  );
  return {
    village: {
      id: village,
      name: '基准村',
      level: 'VILLAGE',
      districtId: district,
      townId: town,
      villageId: village,
    } as OrgRef,
    shopId,
    goodsId,
    scarceGoodsId,
    residents,
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
