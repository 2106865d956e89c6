import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { AttackResult } from './login-attack';
import type { LoadRun } from './request-load';

export const LOGIN_RERUN = 'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:login';
/** `me`'s median latency under login load, at most this many times its idle median. */
export const LOGIN_GOAL = 2;

export interface MeRuns {
  /** One connection asking back to back: the latency one signed-in user sees. */
  paced: LoadRun;
  /** As fast as the server answers: what is left of its capacity. */
  flatOut: LoadRun;
}

export interface LoginPhase {
  server: string;
  phase: string;
  me: MeRuns;
  attack: AttackResult | null;
}

export interface LoginBenchResult {
  date: string;
  machine: string;
  database: string;
  seconds: number;
  rounds: number;
  connections: number;
  attackers: number;
  hashCost: number;
  hashConcurrency: string;
  load: [before: number, after: number];
  phases: LoginPhase[];
  /** p50 under attack ÷ p50 idle on the same server: (a) throttled, (b) hashing; paced and flat out. */
  ratios: { throttled: number; hashing: number; throttledFlatOut: number; hashingFlatOut: number };
}

const START = '<!-- login-bench:start -->';
const END = '<!-- login-bench:end -->';

const n = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function answered(attack: AttackResult | null): string {
  if (!attack) return '—';
  return Object.entries(attack.codes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${n(count)}`)
    .join(', ');
}

function verdict(ratio: number): string {
  return ratio <= LOGIN_GOAL ? 'met' : 'not met';
}

export function loginSection(r: LoginBenchResult): string {
  const rows = r.phases.map(
    (p) =>
      `| ${p.server} | ${p.phase} | ${n(p.me.paced.p50, 1)} | ${n(p.me.paced.p99, 1)} | ` +
      `${n(p.me.flatOut.requestsPerSecond)} | ${n(p.me.flatOut.p50, 1)} | ${n(p.me.flatOut.p99, 1)} | ` +
      `${p.attack ? n(p.attack.perSecond, 1) : '—'} | ${answered(p.attack)} |`,
  );
  return [
    START,
    '',
    `Login load, ${r.date}: \`{ me }\` as a signed-in user (autocannon: one connection asking back to back for ${r.seconds} s, ` +
      `the latency one user sees; then ${r.connections} connections flat out for ${r.seconds} s, what is left of the capacity; ` +
      `${r.rounds} rounds of idle then attacked per server, medians over the rounds, answers summed) ` +
      `on the built product (production mode) while ${r.attackers} wrong logins are kept in flight back to back, ` +
      `each for a username nobody has, so every attempt the throttles let through costs a full scrypt hash ` +
      `(cost ${r.hashCost}, ${r.hashConcurrency} at a time). (a) the default throttles, every attempt from the bench's one address; ` +
      `(b) a server started with both throttles raised to 1,000,000, so every attempt is hashed: the hashing itself. ` +
      `${r.machine}; ${r.database}; load average ${n(r.load[0], 1)} before, ${n(r.load[1], 1)} after.`,
    '',
    `| server | phase | \`me\`, one user: p50 ms | p99 ms | flat out: req/s | p50 ms | p99 ms | wrong logins/s | how they were answered |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `Goal: \`me\`'s p50 under login load within ${LOGIN_GOAL}× of idle, for one user — ` +
      `(a) **${n(r.ratios.throttled, 2)}×** (${verdict(r.ratios.throttled)}), (b) **${n(r.ratios.hashing, 2)}×** (${verdict(r.ratios.hashing)}); ` +
      `flat out (a) ${n(r.ratios.throttledFlatOut, 2)}×, (b) ${n(r.ratios.hashingFlatOut, 2)}×. Rerun with \`${LOGIN_RERUN}\` ` +
      '(`BENCH_ROUNDS`, `BENCH_SECONDS`, `BENCH_ATTACKERS`, `BENCH_CONNECTIONS`; without `DATABASE_URL` it starts an embedded PostgreSQL).',
    '',
    END,
  ].join('\n');
}

/** Replaces the README section between the markers, formatted as lint wants. */
export async function writeLoginSection(root: string, result: LoginBenchResult): Promise<void> {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  const next = readme.slice(0, start) + loginSection(result) + readme.slice(end + END.length);
  writeFileSync(path, await format(next, { ...(await resolveConfig(path)), filepath: path }));
}
