import { join } from 'node:path';
import type { Client } from 'pg';
import { todayInChina } from '@village/platform-common';
import { loadBenchConfig } from './bench-config';
import { recreateBenchDatabase, withAdminClient } from './bench-database';
import { machineFacts, ratioOf, RERUN, writeReport, type BenchResult } from './bench-report';
import { seedDistrict } from './seed-district-steps';
import type { BenchVillage, ServicePathFactory } from './service-path';
import { createBaselineTables, runBaseline, runBaselineUnderRls } from './sql-baseline';
import { tallyServicePath } from './tally-service-path';
import { compareHeaders, compareWithBaseline, type Comparison } from './verify-results';

/**
 * `npm run bench:tally`: seeds a district-scale data set on a fresh database and times, in the same run,
 * the first-quarter tally of every village through TallyService against hand-written SQL doing the same
 * job; checks both produced the same numbers; writes tools/bench/RESULTS.md and the README paragraph.
 */
async function main(): Promise<void> {
  const config = loadBenchConfig();
  log(
    `bench:tally (${config.scale}): ${config.towns} towns, ${config.villages} villages, ` +
      `${config.residents} residents, ${config.entries} entries, year ${config.year}, database ${config.database}`,
  );
  const db = await recreateBenchDatabase(config.serverUrl, config.database);
  log('database recreated and migrated');

  await withAdminClient(db.adminUrl, async (client) => {
    const seed = await seedDistrict(client, config, log);
    const counts = await countRows(client, config.year);
    const villages = await benchVillages(client, config.year);

    await createBaselineTables(client);
    const sqlPerVillage = await runBaseline(
      client,
      config.year,
      villages.map((v) => v.id),
      'village',
    );
    log(`SQL, one statement per village: ${secs(sqlPerVillage.ms)} (${sqlPerVillage.lines} lines)`);
    const sqlDistrict = await runBaseline(
      client,
      config.year,
      villages.map((v) => v.id),
      'district',
    );
    log(`SQL, one statement for the district: ${secs(sqlDistrict.ms)} (${sqlDistrict.lines} lines)`);
    const sqlUnderRls = await runBaselineUnderRls(client, config.year, villages);
    log(`SQL per village as the app role under RLS: ${secs(sqlUnderRls.ms)} (${sqlUnderRls.lines} lines)`);
    if (sqlUnderRls.lines !== sqlDistrict.lines) {
      throw new Error(`under RLS the baseline wrote ${sqlUnderRls.lines} lines, not ${sqlDistrict.lines}`);
    }
    if (sqlDistrict.lines !== counts.activeResidents || sqlDistrict.entries !== counts.windowEntries) {
      throw new Error(
        `baseline covered ${sqlDistrict.lines} residents / ${sqlDistrict.entries} entries, expected ` +
          `${counts.activeResidents} / ${counts.windowEntries}`,
      );
    }

    const result: BenchResult = {
      config,
      date: todayInChina(),
      machine: await machineFacts(client),
      counts,
      seedMs: seed.ms,
      seedSteps: seed.steps,
      sqlDistrict,
      sqlPerVillage,
      sqlUnderRls,
      service: null,
      serviceMissing: null,
      comparison: null,
    };
    if (config.skipService) {
      result.serviceMissing = 'BENCH_SKIP_SERVICE=true';
    } else {
      await runService(client, tallyServicePath(config.serviceConcurrency), db, villages, result);
    }
    report(result);
    if (config.writeReport) {
      await writeReport(join(__dirname, '../../..'), result);
      log('wrote tools/bench/RESULTS.md and the README paragraph');
    }
  });
}

async function countRows(client: Client, year: number) {
  const { rows } = await client.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM bench.village) AS villages,
            (SELECT count(*) FROM resident) AS residents,
            (SELECT count(*) FROM resident WHERE status = 'ACTIVE') AS active,
            (SELECT count(*) FROM ledger_entry) AS entries,
            (SELECT count(*) FROM ledger_entry e JOIN resident r ON r.id = e.resident_id
              WHERE r.status = 'ACTIVE' AND e.acted_on BETWEEN make_date($1, 1, 1) AND make_date($1, 3, 31))
              AS window_entries`,
    [year],
  );
  const r = rows[0];
  return {
    villages: Number(r.villages),
    residents: Number(r.residents),
    activeResidents: Number(r.active),
    entries: Number(r.entries),
    windowEntries: Number(r.window_entries),
  };
}

async function benchVillages(client: Client, year: number): Promise<BenchVillage[]> {
  const { rows } = await client.query<BenchVillage>(
    `SELECT v.idx, v.id, o.name, v.district_id AS "districtId", v.town_id AS "townId", p.id AS "periodId"
     FROM bench.village v
     JOIN org_unit o ON o.id = v.id
     JOIN scoring_period p ON p.village_id = v.id AND p.kind = 'QUARTER' AND p.year = $1 AND p.number = 1
     ORDER BY v.idx`,
    [year],
  );
  return rows;
}

async function runService(
  client: Client,
  factory: ServicePathFactory,
  db: { appUrl: string; adminUrl: string },
  villages: BenchVillage[],
  result: BenchResult,
): Promise<void> {
  const path = await factory(db.appUrl, db.adminUrl);
  if (!path) {
    result.serviceMissing = 'TallyService is not in @village/scoring yet';
    log(`service: ${result.serviceMissing}`);
    return;
  }
  try {
    await client.query('CHECKPOINT');
    const run = await path.run(villages);
    result.service = run;
    log(`service (${run.concurrency}): ${secs(run.ms)} for ${run.tallies} tallies`);
    const comparison = await compareWithBaseline(client, path.linesSql);
    const headerMismatches = await compareHeaders(client);
    assertSame(comparison, headerMismatches);
    result.comparison = comparison;
    log(`verified: ${comparison.serviceLines} lines identical in both paths`);
  } finally {
    await path.close();
  }
}

function assertSame(comparison: Comparison, headerMismatches: number): void {
  if (comparison.mismatches === 0 && headerMismatches === 0) return;
  throw new Error(
    `THE SERVICE AND THE SQL BASELINE DISAGREE: ${comparison.mismatches} lines differ ` +
      `(service ${comparison.serviceLines} lines, baseline ${comparison.baselineLines}), ` +
      `${headerMismatches} village headers differ. First differences:\n  ${comparison.samples.join('\n  ')}`,
  );
}

function report(result: BenchResult): void {
  const ratio = ratioOf(result);
  const c = result.counts;
  const rate = (ms: number) =>
    `${Math.round(c.windowEntries / (ms / 1000))} entries/s, ${Math.round(c.activeResidents / (ms / 1000))} residents/s`;
  log('');
  log(`seeding:               ${secs(result.seedMs)}`);
  log(`SQL (district):        ${secs(result.sqlDistrict.ms)}  ${rate(result.sqlDistrict.ms)}`);
  log(`SQL (per village):     ${secs(result.sqlPerVillage.ms)}  ${rate(result.sqlPerVillage.ms)}`);
  log(`SQL (per village, RLS): ${secs(result.sqlUnderRls.ms)}  ${rate(result.sqlUnderRls.ms)}`);
  if (result.service && ratio) {
    log(`service:               ${secs(result.service.ms)}  ${rate(result.service.ms)}`);
    log(
      `service ÷ SQL:         ${ratio.district.toFixed(2)}× (district), ${ratio.perVillage.toFixed(2)}× (per village)`,
    );
    if (result.service.profile) log(`\n${result.service.profile}`);
  } else {
    log(`service:               not run (${result.serviceMissing})`);
  }
  log(`\nrerun: ${RERUN}`);
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function log(message: string): void {
  console.log(message);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
