import { todayInChina } from '@village/platform-common';
import { envInt } from './bench-env';

/** What the benchmark seeds and where; every size can be overridden from the environment. */
export interface BenchConfig {
  scale: 'small' | 'full';
  serverUrl: string;
  database: string;
  year: number;
  towns: number;
  villages: number;
  residents: number;
  entries: number;
  /** 'sequential' (one village after another) or a number of villages tallied at once. */
  serviceConcurrency: number;
  /** Skip the service path (seeding + SQL only), e.g. to profile the baseline alone. */
  skipService: boolean;
  /** Write RESULTS.md and the README paragraph (off for smoke runs unless asked). */
  writeReport: boolean;
}

const SIZES = {
  // The district: ≥ 600 villages, 500,000 residents, 6,000,000 ledger entries.
  full: { towns: 12, villages: 600, residents: 500_000, entries: 6_000_000 },
  // A smoke run that exercises every step in seconds.
  small: { towns: 3, villages: 24, residents: 12_000, entries: 120_000 },
};

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const scale = env.BENCH_SCALE === 'small' ? 'small' : 'full';
  const size = SIZES[scale];
  const villages = envInt(env, 'BENCH_VILLAGES', size.villages, 1);
  const towns = Math.min(envInt(env, 'BENCH_TOWNS', size.towns, 1), villages);
  const residents = envInt(env, 'BENCH_RESIDENTS', size.residents, villages);
  return {
    scale,
    serverUrl: env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres',
    database: env.BENCH_DATABASE?.trim() || 'village_bench',
    year: envInt(env, 'BENCH_YEAR', lastYearWithClosedFirstQuarter(), 2000),
    towns,
    villages,
    residents,
    entries: envInt(env, 'BENCH_ENTRIES', size.entries, 1),
    serviceConcurrency: envInt(env, 'BENCH_CONCURRENCY', 1, 1),
    skipService: env.BENCH_SKIP_SERVICE === 'true',
    writeReport: (env.BENCH_WRITE_REPORT ?? (scale === 'full' ? 'true' : 'false')) === 'true',
  };
}

/** The first quarter must be over for a tally: this year from April on, last year before. */
function lastYearWithClosedFirstQuarter(): number {
  const today = todayInChina();
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 4 ? year : year - 1;
}
