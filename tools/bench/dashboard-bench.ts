import { join } from 'node:path';
import type { Client } from 'pg';
import { Permission, todayInChina } from '@village/platform-common';
import { OrgLevel, RequestContext, type OrgRef } from '@village/platform-tenancy';
import { DashboardService, FiguresRefreshService } from '@village/reporting';
import { openBenchApp } from './bench-app';
import { loadBenchConfig } from './bench-config';
import { recreateBenchDatabase, withAdminClient } from './bench-database';
import { machineFacts } from './bench-report';
import { writeReadmeSection } from './readme-section';
import { DISTRICT_ID_SQL } from './seed-district';
import { seedDistrict } from './seed-district-steps';

export const RERUN = 'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:dashboard';
const MARKERS = {
  start: '<!-- dashboard-bench:start -->',
  end: '<!-- dashboard-bench:end -->',
  before: '<!-- redemption-bench:start -->',
};

/**
 * The hand-written SQL a dashboard would need without the roll-up: the same figures per town (or per
 * village of one town), straight from the base tables, in one statement (participants are distinct per
 * unit and period, so they must be counted over the ledger itself).
 */
const baseTableSql = (by: 'town_id' | 'village_id') => `
  WITH l AS (
    SELECT ${by}, count(DISTINCT resident_id) AS participants FROM ledger_entry
     WHERE district_id = $1 AND ($4::uuid IS NULL OR town_id = $4) AND acted_on BETWEEN $2 AND $3 AND kind <> 'REVERSAL' AND record_level <> 'DISTRICT'
     GROUP BY ${by}),
  d AS (
    SELECT ${by}, count(*) AS declarations, count(*) FILTER (WHERE status = 'APPROVED') AS approved FROM declaration
     WHERE district_id = $1 AND ($4::uuid IS NULL OR town_id = $4) AND acted_on BETWEEN $2 AND $3 AND status <> 'AMENDED' GROUP BY ${by}),
  r AS (SELECT ${by}, count(*) AS residents FROM resident WHERE district_id = $1 AND ($4::uuid IS NULL OR town_id = $4) AND status = 'ACTIVE' GROUP BY ${by}),
  p AS (
    SELECT ${by}, coalesce(sum(points) FILTER (WHERE kind = 'EARN'), 0) AS issued FROM points_movement
     WHERE district_id = $1 AND ($4::uuid IS NULL OR town_id = $4) AND occurred_on BETWEEN $2 AND $3 GROUP BY ${by})
  SELECT t.id AS unit_id, coalesce(l.participants, 0) AS participants, coalesce(r.residents, 0) AS residents,
         coalesce(d.declarations, 0) AS declarations, coalesce(p.issued, 0) AS issued
    FROM org_unit t LEFT JOIN l ON l.${by} = t.id LEFT JOIN d ON d.${by} = t.id
    LEFT JOIN r ON r.${by} = t.id LEFT JOIN p ON p.${by} = t.id
   WHERE t.level = '${by === 'town_id' ? 'TOWN' : 'VILLAGE'}' AND t.district_id = $1
     AND ($4::uuid IS NULL OR t.town_id = $4)`;

interface Timing {
  name: string;
  rollupMs: number;
  baseMs: number;
}

/**
 * `npm run bench:dashboard`: the district-scale data set (600 villages, 500,000 residents, 6,000,000
 * ledger entries), the roll-up computed once by the figures job, then each dashboard query (district by
 * year, quarter, month; one town by year) through DashboardService under row-level security, beside the
 * hand-written base-table SQL for the same figures, interleaved over BENCH_ROUNDS rounds (medians).
 * Checks both give the same participants and residents per town. Writes the README's figure.
 */
async function main(): Promise<void> {
  const config = loadBenchConfig();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  log(
    `bench:dashboard (${config.scale}): ${config.villages} villages, ${config.residents} residents, ${config.entries} entries`,
  );
  const db = await recreateBenchDatabase(config.serverUrl, 'village_dashboard_bench');
  const bench = await openBenchApp(db.appUrl, 4);
  try {
    await withAdminClient(db.adminUrl, async (client) => {
      const seed = await seedDistrict(client, config, log);
      const district = await districtRef(client);
      const today = todayInChina();
      const year = Number(today.slice(0, 4));
      if (year !== config.year) throw new Error(`the roll-up covers ${year}; seed BENCH_YEAR=${year}`);
      const refreshStarted = performance.now();
      const refreshed = await bench.app.get(FiguresRefreshService).refreshDistrict(district.id);
      const refreshMs = performance.now() - refreshStarted;
      log(`roll-up: ${refreshed} villages in ${secs(refreshMs)}`);
      await client.query('ANALYZE village_figure');

      const viewer = RequestContext.system([
        { role: 'DISTRICT_ADMIN', permissions: new Set([Permission.ORG_READ]), unit: district },
      ]);
      const dashboards = bench.app.get(DashboardService);
      const { rows: towns } = await client.query<{ id: string }>(
        `SELECT id FROM org_unit WHERE level = 'TOWN' ORDER BY code LIMIT 1`,
      );
      const cases = [
        {
          name: '区·全年（比较各镇）',
          unitId: district.id,
          kind: 'YEAR',
          number: 1,
          from: `${year}-01-01`,
          to: `${year}-12-31`,
        },
        {
          name: '区·第一季度',
          unitId: district.id,
          kind: 'QUARTER',
          number: 1,
          from: `${year}-01-01`,
          to: `${year}-03-31`,
        },
        {
          name: '区·3 月',
          unitId: district.id,
          kind: 'MONTH',
          number: 3,
          from: `${year}-03-01`,
          to: `${year}-03-31`,
        },
        {
          name: '镇·全年（比较各村）',
          unitId: towns[0].id,
          kind: 'YEAR',
          number: 1,
          from: `${year}-01-01`,
          to: `${year}-12-31`,
        },
      ] as const;
      const timings: Timing[] = [];
      for (const c of cases) {
        const rollup: number[] = [];
        const base: number[] = [];
        let last: Awaited<ReturnType<DashboardService['dashboard']>> | null = null;
        let baseRows: Record<string, string>[] = [];
        for (let round = 0; round < rounds; round += 1) {
          let started = performance.now();
          last = await dashboards.dashboard(viewer, {
            unitId: c.unitId,
            year,
            periodKind: c.kind,
            periodNumber: c.number,
          });
          rollup.push(performance.now() - started);
          started = performance.now();
          const town = c.unitId === district.id ? null : c.unitId;
          baseRows = (
            await client.query(baseTableSql(town ? 'village_id' : 'town_id'), [
              district.id,
              c.from,
              c.to,
              town,
            ])
          ).rows;
          base.push(performance.now() - started);
        }
        if (last) check(last.rows, baseRows);
        timings.push({ name: c.name, rollupMs: median(rollup), baseMs: median(base) });
        log(`${c.name}: roll-up ${ms(median(rollup))}, base tables ${ms(median(base))}`);
      }
      const counts = (
        await client.query<Record<string, string>>(
          `SELECT (SELECT count(*) FROM org_unit WHERE level = 'VILLAGE') AS villages,
                  (SELECT count(*) FROM resident) AS residents, (SELECT count(*) FROM ledger_entry) AS entries,
                  (SELECT count(*) FROM village_figure) AS figures`,
        )
      ).rows[0];
      const machine = await machineFacts(client);
      const section = report({ timings, counts, refreshMs, seedMs: seed.ms, machine, date: today, rounds });
      if (config.writeReport) {
        await writeReadmeSection(join(__dirname, '../../../README.md'), MARKERS, section);
        log('wrote the README paragraph');
      }
      log(`\nrerun: ${RERUN}`);
    });
  } finally {
    await bench.close();
  }
}

/** The roll-up and the base tables must agree, or the timing compares different work. */
function check(
  rows: { unitId: string; values: { key: string; value: number | null }[] }[],
  base: Record<string, string>[],
) {
  for (const b of base) {
    const row = rows.find((r) => r.unitId === b.unit_id);
    const participants = row?.values.find((v) => v.key === 'participants')?.value;
    if (participants !== Number(b.participants)) {
      throw new Error(
        `town ${b.town_id}: roll-up says ${participants} participants, base tables ${b.participants}`,
      );
    }
  }
}

function report(r: {
  timings: Timing[];
  counts: Record<string, string>;
  refreshMs: number;
  seedMs: number;
  machine: string;
  date: string;
  rounds: number;
}): string {
  const n = (v: string) => Number(v).toLocaleString('en-US');
  const rows = r.timings
    .map(
      (t) =>
        `| ${t.name} | ${ms(t.rollupMs)} | ${ms(t.baseMs)} | **${(t.baseMs / t.rollupMs).toFixed(1)}×** |`,
    )
    .join('\n');
  const slowest = Math.max(...r.timings.map((t) => t.rollupMs));
  const weakest = Math.min(...r.timings.map((t) => t.baseMs / t.rollupMs));
  return `${MARKERS.start}

Dashboards over a seeded district (${n(r.counts.villages)} villages, ${n(r.counts.residents)} residents,
${n(r.counts.entries)} ledger entries, ${r.date}): each dashboard query through \`DashboardService\` (the
roll-up \`village_figure\`, ${n(r.counts.figures)} rows, under row-level security) beside hand-written SQL
computing the same figures per town from the base tables, in the same run (median of ${r.rounds}
interleaved rounds). Goal: under 200 ms and ≥ 10× faster — slowest ${ms(slowest)}, smallest ratio
${weakest.toFixed(1)}× (${slowest < 200 && weakest >= 10 ? 'met' : 'not met'}).

| dashboard | roll-up | base tables | ratio |
| --------- | ------- | ----------- | ----- |
${rows}

The roll-up itself (the figures job's first run over all villages) took ${secs(r.refreshMs)}; later runs
recompute only villages whose watermark moved. Seeding took ${secs(r.seedMs)}. Machine: ${r.machine}.
Rerun with \`${RERUN}\`.

${MARKERS.end}`;
}

async function districtRef(client: Client): Promise<OrgRef> {
  const { rows } = await client.query<{ id: string; name: string }>(
    `SELECT id, name FROM org_unit WHERE id = ${DISTRICT_ID_SQL}`,
  );
  const { id, name } = rows[0];
  return { id, name, level: OrgLevel.DISTRICT, districtId: id, townId: null, villageId: null };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

function secs(value: number): string {
  return `${(value / 1000).toFixed(1)} s`;
}

function log(message: string): void {
  console.log(message);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
