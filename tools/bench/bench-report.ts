import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import { format, resolveConfig } from 'prettier';
import type { BenchConfig } from './bench-config';
import type { BaselineRun } from './sql-baseline';
import type { ServiceRun } from './service-path';
import type { Comparison } from './verify-results';

export interface BenchResult {
  config: BenchConfig;
  date: string;
  machine: string;
  counts: {
    villages: number;
    residents: number;
    activeResidents: number;
    entries: number;
    windowEntries: number;
  };
  seedMs: number;
  seedSteps: [string, number][];
  sqlDistrict: BaselineRun;
  sqlPerVillage: BaselineRun;
  /** The per-village statement as the app role under row-level security. */
  sqlUnderRls: BaselineRun;
  service: ServiceRun | null;
  serviceMissing: string | null;
  comparison: Comparison | null;
}

export const RERUN = 'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:tally';

export async function machineFacts(client: Client): Promise<string> {
  const { rows } = await client.query<{ v: string; sb: string; wm: string }>(
    `SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb,
            current_setting('work_mem') AS wm`,
  );
  const cpu = cpus();
  return (
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `${Math.round(totalmem() / 2 ** 30)} GB RAM, PostgreSQL ${rows[0].v} (shared_buffers ${rows[0].sb}, ` +
    `work_mem ${rows[0].wm}) on the same machine, Node ${process.version}; the cores are shared with other jobs`
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const n = (x: number) => x.toLocaleString('en-US');

export function ratioOf(
  result: BenchResult,
): { district: number; perVillage: number; underRls: number } | null {
  if (!result.service) return null;
  return {
    district: result.service.ms / result.sqlDistrict.ms,
    perVillage: result.service.ms / result.sqlPerVillage.ms,
    underRls: result.service.ms / result.sqlUnderRls.ms,
  };
}

export function resultsMarkdown(r: BenchResult): string {
  const { counts } = r;
  const row = (what: string, ms: number, vs: string) =>
    `| ${what} | ${seconds(ms)} | ${perSecond(counts.windowEntries, ms)} | ${perSecond(counts.activeResidents, ms)} | ${vs} |`;
  const ratio = ratioOf(r);
  const lines = [
    '# Tally benchmark',
    '',
    `Run ${r.date} (\`npm run bench:tally\`, scale \`${r.config.scale}\`). Machine: ${r.machine}.`,
    '',
    `District: ${n(r.config.towns)} towns, ${n(counts.villages)} villages, ${n(counts.residents)} residents ` +
      `(${n(counts.activeResidents)} active), ${n(counts.entries)} ledger entries, of which ` +
      `${n(counts.windowEntries)} fall in the ${r.config.year} first-quarter tally window (1 January – 31 March; ` +
      `the rest are in the previous year's fourth quarter).`,
    '',
    `Seeding (set-based SQL as superuser, then VACUUM ANALYZE): ${seconds(r.seedMs)} — ` +
      r.seedSteps.map(([step, ms]) => `${step} ${seconds(ms)}`).join(', ') +
      '.',
    '',
    '## Quarterly tally of the whole district',
    '',
    '| path | time | ledger entries aggregated / s | residents tallied / s | service ÷ this |',
    '| --- | ---: | ---: | ---: | ---: |',
    row(
      'hand-written SQL, one statement for the district',
      r.sqlDistrict.ms,
      ratio ? `${ratio.district.toFixed(2)}×` : '–',
    ),
    row(
      'hand-written SQL, one statement per village',
      r.sqlPerVillage.ms,
      ratio ? `${ratio.perVillage.toFixed(2)}×` : '–',
    ),
    row(
      'hand-written SQL, one statement per village, as the app role under RLS',
      r.sqlUnderRls.ms,
      ratio ? `${ratio.underRls.toFixed(2)}×` : '–',
    ),
    r.service
      ? row(`\`TallyService.tally\` per village, ${r.service.concurrency}`, r.service.ms, '1.00×')
      : `| \`TallyService.tally\` | not run: ${r.serviceMissing} | | | |`,
    '',
  ];
  if (r.service && ratio) {
    lines.push(
      `**Ratio service ÷ SQL: ${ratio.district.toFixed(2)}×** against the single district statement, ` +
        `${ratio.perVillage.toFixed(2)}× against the per-village statements (goal: within 1.5×); ` +
        `${ratio.underRls.toFixed(2)}× against the per-village statements run as the app role under ` +
        'row-level security — the rest of the gap is the price of enforcing tenancy per row.',
      '',
    );
  }
  if (r.comparison) {
    lines.push(
      `Both paths agree: ${n(r.comparison.serviceLines)} service lines = ${n(r.comparison.baselineLines)} baseline ` +
        'lines, the same residents with the same credit and role-duty scores and points, groups, ranks and flags, ' +
        'and per village the same ledger anchor and count (checked after every run; the bench fails otherwise).',
      '',
    );
  }
  if (r.service?.profile) {
    lines.push(
      '## Where the service spends its time',
      '',
      r.service.profile,
      '',
      'Query plans, causes and suggested changes: [FINDINGS.md](FINDINGS.md).',
      '',
    );
  }
  lines.push(
    '## What is measured',
    '',
    '- Both paths do the same job for every village: read the first quarter (year to date up to the ' +
      "village's last ledger seq), compute every active resident's credit score (base + CREDIT points), " +
      'role-duty score for party members and representatives on 31 March (base + ROLE_DUTY points), the ' +
      "quarter's own points, veto flags, competition ranks within the village (key people apart from " +
      'villagers), and WRITE the lines plus a per-village header with a SHA-256 content hash.',
    '- The SQL runs as superuser (no row-level security) on one connection. The service runs through the ' +
      'app role with forced RLS, one TenantDb transaction per village under a credit-council context for ' +
      'that village, and also moves the quarter to TALLIED and closes its three months (period events).',
    '- Seeded ledger hashes are SHA-256 of (village, seq) with prev_hash linking to the previous seq, not ' +
      'of the row content: the chain check would fail, but the tally does not verify the chain. Foreign-key ' +
      'and append-only triggers are off during the ledger load (ids are consistent by construction and ' +
      'checked afterwards); secondary indexes are rebuilt once after the load.',
    '',
    `Rerun: \`${RERUN}\` (about ten minutes at full size; \`BENCH_SCALE=small\` for a smoke run; ` +
      'sizes via `BENCH_VILLAGES`, `BENCH_RESIDENTS`, `BENCH_ENTRIES`, `BENCH_TOWNS`; `BENCH_CONCURRENCY=n` ' +
      'tallies n villages at once). It drops and recreates the database `village_bench`.',
    '',
  );
  return lines.join('\n');
}

const START = '<!-- bench:tally -->';
const END = '<!-- /bench:tally -->';

/** The README's benchmark paragraph, between the markers under "Figures". */
export function readmeParagraph(r: BenchResult): string {
  const ratio = ratioOf(r);
  const c = r.counts;
  const head =
    `Quarterly tally of a seeded district (${n(c.villages)} villages, ${n(c.residents)} residents, ` +
    `${n(c.entries)} ledger entries, ${r.date}): `;
  const body = r.service
    ? `\`TallyService\` ${seconds(r.service.ms)} (${r.service.concurrency}; ` +
      `${perSecond(c.windowEntries, r.service.ms)} entries/s, ${perSecond(c.activeResidents, r.service.ms)} residents/s) ` +
      `against hand-written SQL ${seconds(r.sqlDistrict.ms)} for the district in one statement ` +
      `(${perSecond(c.windowEntries, r.sqlDistrict.ms)} entries/s): **${ratio?.district.toFixed(2)}×** ` +
      `(${ratio?.perVillage.toFixed(2)}× against one SQL statement per village, ` +
      `${ratio?.underRls.toFixed(2)}× against the same statements run under row-level security; goal 1.5×` +
      `${ratio && ratio.district > 1.5 ? ', not met yet — where the time goes: [tools/bench/FINDINGS.md](tools/bench/FINDINGS.md)' : ''}` +
      '), same numbers on every line.'
    : `hand-written SQL ${seconds(r.sqlDistrict.ms)} (${perSecond(c.windowEntries, r.sqlDistrict.ms)} entries/s); ` +
      `the service path was not run (${r.serviceMissing}).`;
  return (
    `${START}\n${head}${body} Details, machine and method: [tools/bench/RESULTS.md](tools/bench/RESULTS.md); ` +
    `rerun with \`${RERUN}\`.\n${END}`
  );
}

/** Writes RESULTS.md and the README paragraph, formatted as `npm run lint` (prettier --check) expects. */
export async function writeReport(root: string, result: BenchResult): Promise<void> {
  const resultsPath = join(root, 'tools/bench/RESULTS.md');
  writeFileSync(resultsPath, await formatted(resultsPath, resultsMarkdown(result)));
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`README.md has no ${START} … ${END} paragraph under "Figures"`);
  const next = readme.slice(0, start) + readmeParagraph(result) + readme.slice(end + END.length);
  writeFileSync(readmePath, await formatted(readmePath, next));
}

async function formatted(path: string, text: string): Promise<string> {
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}
