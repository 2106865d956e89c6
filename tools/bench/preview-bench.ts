import { loadavg } from 'node:os';
import { join } from 'node:path';
import { todayInChina } from '@village/platform-common';
import { TenantDb } from '@village/platform-tenancy';
import { ManualService } from '@village/rulebook';
import { openBenchApp } from './bench-app';
import { recreateBenchDatabase, withAdminClient } from './bench-database';
import { envInt } from './bench-env';
import { machineFacts } from './bench-report';
import { previewPaths, townAdminContext, type PreviewPaths } from './preview-paths';
import { previewSection, type PreviewFigures, type Timed } from './preview-report';
import { seedPreviewTown, type SeededTown } from './preview-seed';
import { writeReadmeSection } from './readme-section';

export const RERUN = 'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:preview';

/** What the draft changes: a fixed item raised, a per-unit rate lowered, a range narrowed (all within ±20 %). */
const DRAFT_ADJUSTMENTS = [
  { itemCode: 'P03', pointsMin: 0.8, pointsMax: 0.8, reason: '基准：清理整治分值回到框架以下' },
  { itemCode: 'P01', perUnitPoints: 0.6, reason: '基准：志愿服务每小时 0.6 分' },
  { itemCode: 'N01', pointsMin: 1.2, pointsMax: 3, reason: '基准：乱倒垃圾 1.2–3 分' },
];

/**
 * `npm run bench:preview`: a town of 20 villages × 800 residents with a year of acts on a fresh
 * database; a draft of its manual; then, interleaved over BENCH_ROUNDS rounds, the whole town's
 * what-if preview against the same run's baselines (hand-written SQL summing the same ledger, and the
 * year tally's own read and grading). Checks the preview's current figures against the tally path's,
 * and writes the README's figure.
 */
async function main(): Promise<void> {
  const env = process.env;
  const size = {
    year: envInt(env, 'BENCH_YEAR', Number(todayInChina().slice(0, 4)), 2000),
    villages: envInt(env, 'BENCH_VILLAGES', 20, 1),
    residentsPerVillage: envInt(env, 'BENCH_RESIDENTS_PER_VILLAGE', 800, 1),
  };
  const rounds = envInt(env, 'BENCH_ROUNDS', 5, 1);
  const serverUrl = env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = env.BENCH_DATABASE?.trim() || 'village_preview_bench';
  log(
    `${size.villages} villages × ${size.residentsPerVillage} residents, year ${size.year}, database ${database}`,
  );
  const db = await recreateBenchDatabase(serverUrl, database);
  const bench = await openBenchApp(db.appUrl, 2);
  try {
    await withAdminClient(db.adminUrl, async (client) => {
      const before = loadAverage();
      const town = await seedPreviewTown(client, bench.app.get(TenantDb), size);
      log(`seeded ${town.residents} residents, ${town.entries} ledger entries`);
      const draftId = await draftManual(bench.app.get(ManualService), town);
      const paths = previewPaths(client, bench, town.town, town.villages, draftId, size.year);
      const largest = await largestVillage(client, town);
      const timed = await timeRounds(paths, largest, rounds);
      const figures = check(await paths.preview(), await paths.tallyRead(), await paths.sql(), town);
      const section = previewSection({
        date: todayInChina(),
        machine: await machineFacts(client),
        size,
        rounds,
        town,
        figures,
        timed,
        loadBefore: before,
        loadAfter: loadAverage(),
        rerun: RERUN,
      });
      console.log(`\n${section}\n`);
      if ((env.BENCH_WRITE_README ?? 'true') === 'true') {
        await writeReadmeSection(
          join(__dirname, '../../..', 'README.md'),
          { start: START, end: END, before: '<!-- bench:tally -->' },
          section,
        );
        log('README.md: preview-bench section written');
      }
    });
  } finally {
    await bench.close();
  }
}

export const START = '<!-- preview-bench:start -->';
export const END = '<!-- preview-bench:end -->';

async function draftManual(manuals: ManualService, town: SeededTown): Promise<string> {
  const ctx = townAdminContext(town.town);
  const { manual } = await manuals.createVersion(ctx, town.manualId);
  for (const adjustment of DRAFT_ADJUSTMENTS) {
    await manuals.setAdjustment(ctx, manual.id, { disabled: false, ...adjustment });
  }
  return manual.id;
}

async function largestVillage(client: Parameters<typeof previewPaths>[0], town: SeededTown): Promise<string> {
  const { rows } = await client.query<{ village_id: string }>(
    `SELECT village_id FROM ledger_entry WHERE town_id = $1 GROUP BY village_id ORDER BY count(*) DESC LIMIT 1`,
    [town.town.id],
  );
  return rows[0].village_id;
}

/** Each round runs every path once, the order turned round every other round (ABC, CBA, …). */
async function timeRounds(paths: PreviewPaths, villageId: string, rounds: number): Promise<Timed> {
  const runs: Timed['all'] = { sql: [], tallyRead: [], preview: [], people: [] };
  const steps: [keyof Timed['all'], () => Promise<unknown>][] = [
    ['sql', () => paths.sql()],
    ['tallyRead', () => paths.tallyRead()],
    ['preview', () => paths.preview()],
    ['people', () => paths.people(villageId)],
  ];
  await paths.preview(); // warm: the first call loads code paths and the planner's statistics
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of round % 2 ? [...steps].reverse() : steps) {
      const started = performance.now();
      await run();
      runs[name].push(performance.now() - started);
    }
    log(
      `round ${round + 1}: ${steps.map(([name]) => `${name} ${runs[name].at(-1)?.toFixed(0)} ms`).join(', ')}`,
    );
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  return {
    sql: median(runs.sql),
    tallyRead: median(runs.tallyRead),
    preview: median(runs.preview),
    people: median(runs.people),
    all: runs,
  };
}

/** The preview's current side must be what the tally path computes, and cover the ledger the SQL sums. */
function check(
  preview: Awaited<ReturnType<PreviewPaths['preview']>>,
  tally: Awaited<ReturnType<PreviewPaths['tallyRead']>>,
  sql: Awaited<ReturnType<PreviewPaths['sql']>>,
  town: SeededTown,
): PreviewFigures {
  if (preview.villages.length !== town.villages.length) {
    throw new Error(`the preview covered ${preview.villages.length} villages, not ${town.villages.length}`);
  }
  for (const v of preview.villages) {
    const expected = tally.get(v.village.id);
    const got = v.comparison;
    if (!expected || !got) throw new Error(`${v.village.name}: no figures`);
    const average = Math.round(expected.averageCredit * 100) / 100;
    if (got.residents !== expected.people || got.current.averageCreditScore !== average) {
      throw new Error(
        `${v.village.name}: the preview says ${got.residents} people averaging ${got.current.averageCreditScore}, ` +
          `the tally path ${expected.people} averaging ${average}`,
      );
    }
  }
  const sum = (pick: (c: NonNullable<(typeof preview.villages)[number]['comparison']>) => number) =>
    preview.villages.reduce((total, v) => total + (v.comparison ? pick(v.comparison) : 0), 0);
  return {
    people: sum((c) => c.residents),
    rescoredEntries: sum((c) => c.rescoredEntries),
    scoreChangedPeople: sum((c) => c.scoreChangedPeople),
    changedPeople: sum((c) => c.changedPeople),
    // The rules' first clause (points or rate) is what the draft moves; caps and the rest read alike.
    changedItems: preview.changedItems.map(
      (i) => `${i.code} ${i.currentRule.split('；')[0]} → ${i.draftRule?.split('；')[0] ?? '停用'}`,
    ),
    sqlRows: sql.rows,
  };
}

const loadAverage = () => Number(loadavg()[0].toFixed(1));

function log(line: string): void {
  console.log(`[bench:preview] ${line}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
