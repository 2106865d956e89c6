import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { median, type LoadRun } from './request-load';
import type { BenchQuery } from './request-queries';

export const REQUEST_RERUN = 'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:request';
export const REQUEST_GOAL = 1.3;

/** Medians over the rounds. */
export type ServerSummary = Omit<LoadRun, 'failures'>;

export interface QueryResult {
  query: BenchQuery;
  rounds: { product: LoadRun; bare: LoadRun }[];
  product: ServerSummary;
  bare: ServerSummary;
  /** Median over the rounds of bare req/s ÷ product req/s: how many times slower the product serves. */
  slowdown: number;
  /** Medians over the rounds of product ÷ bare latency. */
  p50Ratio: number;
  p99Ratio: number;
  /** Median over the rounds of product ÷ bare CPU time per request (null without /proc). */
  cpuRatio: number | null;
}

export interface RequestBenchResult {
  date: string;
  machine: string;
  database: string;
  rounds: number;
  seconds: number;
  connections: number;
  /** One-minute load average before and after: the machine is shared, and this says how much. */
  load: [before: number, after: number];
  queries: QueryResult[];
}

const START = '<!-- request-bench:start -->';
const END = '<!-- request-bench:end -->';
/** Where the section goes the first time: before the tally benchmark's paragraph under "Figures". */
const FIRST_PLACE = '<!-- bench:tally -->';

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const ms = (x: number) => x.toFixed(1);
const ratio = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);
const micros = (x: number | null) => (x === null ? '–' : int(x));

/** A query's rounds, summarised: medians per server, and the medians of the per-round ratios. */
export function summarise(query: BenchQuery, rounds: QueryResult['rounds']): QueryResult {
  const side = (key: 'product' | 'bare'): ServerSummary => ({
    requestsPerSecond: median(rounds.map((r) => r[key].requestsPerSecond)),
    p50: median(rounds.map((r) => r[key].p50)),
    p99: median(rounds.map((r) => r[key].p99)),
    cpuMicrosPerRequest: medianOrNull(rounds.map((r) => r[key].cpuMicrosPerRequest)),
  });
  return {
    query,
    rounds,
    product: side('product'),
    bare: side('bare'),
    slowdown: median(rounds.map((r) => r.bare.requestsPerSecond / r.product.requestsPerSecond)),
    p50Ratio: median(rounds.map((r) => r.product.p50 / r.bare.p50)),
    p99Ratio: median(rounds.map((r) => r.product.p99 / r.bare.p99)),
    cpuRatio: medianOrNull(
      rounds.map((r) =>
        r.product.cpuMicrosPerRequest === null || r.bare.cpuMicrosPerRequest === null
          ? null
          : r.product.cpuMicrosPerRequest / r.bare.cpuMicrosPerRequest,
      ),
    ),
  };
}

function medianOrNull(values: readonly (number | null)[]): number | null {
  return values.every((v): v is number => v !== null) ? median(values) : null;
}

/** One line for the console: both servers' figures and the throughput ratio (this pair's, unless given). */
export function describePair(
  pair: { product: ServerSummary; bare: ServerSummary },
  slowdown = pair.bare.requestsPerSecond / pair.product.requestsPerSecond,
): string {
  const one = (s: ServerSummary) =>
    `${int(s.requestsPerSecond)} req/s, p50 ${ms(s.p50)} ms, p99 ${ms(s.p99)} ms, ${micros(s.cpuMicrosPerRequest)} µs CPU/req`;
  return `product ${one(pair.product)} · bare ${one(pair.bare)} · ${ratio(slowdown)}`;
}

export function requestSection(r: RequestBenchResult): string {
  const rows = r.queries.map((q) =>
    [
      q.query.label,
      int(q.product.requestsPerSecond),
      ms(q.product.p50),
      ms(q.product.p99),
      int(q.bare.requestsPerSecond),
      ms(q.bare.p50),
      ms(q.bare.p99),
      `**${ratio(q.slowdown)}**`,
      ratio(q.p50Ratio),
      ratio(q.p99Ratio),
      `${micros(q.product.cpuMicrosPerRequest)} / ${micros(q.bare.cpuMicrosPerRequest)} = ${ratio(q.cpuRatio)}`,
    ].join(' | '),
  );
  const missed = r.queries.filter((q) => q.slowdown > REQUEST_GOAL).map((q) => q.query.label);
  const cpuMissed = r.queries
    .filter((q) => q.slowdown <= REQUEST_GOAL && q.cpuRatio !== null && q.cpuRatio > REQUEST_GOAL)
    .map((q) => q.query.label);
  const goal =
    (missed.length
      ? `Goal ≤ ${REQUEST_GOAL}×: not met for ${missed.join(', ')} (why: below).`
      : `Goal ≤ ${REQUEST_GOAL}×: met for all three by throughput.`) +
    (cpuMissed.length
      ? ` The server's CPU time per request, the steadier measure on a shared machine, is above ${REQUEST_GOAL}× ` +
        `for ${cpuMissed.join(', ')} (why: below).`
      : '');
  return [
    START,
    '',
    `GraphQL request path, ${r.date}: the product (built \`dist/\`, production mode, restarted on the demo district it seeded) ` +
      `against a bare Apollo Server 5 on Express 5 doing the same work by hand (the same JWT check, the caller ` +
      `and their live grants in the same one statement, the RLS scope set in the transaction, the product's ` +
      `SQL), both on the same database (${r.database}), answers checked byte-identical first. autocannon, ` +
      `${r.connections} connections, ${r.rounds} interleaved rounds of ${r.seconds} s per query and server ` +
      `(two slices each, in ABBA order); medians over the rounds (ratios per round, then the median). ` +
      `${r.machine}; load average ` +
      `${r.load[0].toFixed(1)} before, ${r.load[1].toFixed(1)} after.`,
    '',
    '| query | product req/s | p50 ms | p99 ms | bare req/s | p50 ms | p99 ms | × (bare ÷ product req/s) | p50 × | p99 × | server CPU µs/req, product / bare |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map((row) => `| ${row} |`),
    '',
    `${goal} Rerun with \`${REQUEST_RERUN}\` (\`BENCH_ROUNDS\`, \`BENCH_SECONDS\`; without \`DATABASE_URL\` ` +
      'it starts an embedded PostgreSQL).',
    '',
    END,
  ].join('\n');
}

/** Replaces the README section between the markers (or adds it under "Figures"), formatted as lint wants. */
export async function writeRequestSection(root: string, result: RequestBenchResult): Promise<void> {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  let next: string;
  if (start >= 0 && end > start) {
    next = readme.slice(0, start) + requestSection(result) + readme.slice(end + END.length);
  } else {
    const at = readme.indexOf(FIRST_PLACE);
    if (at < 0) throw new Error(`README.md has neither ${START} … ${END} nor ${FIRST_PLACE}`);
    next = `${readme.slice(0, at)}${requestSection(result)}\n\n${readme.slice(at)}`;
  }
  writeFileSync(path, await format(next, { ...(await resolveConfig(path)), filepath: path }));
}
