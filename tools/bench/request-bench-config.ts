import { join } from 'node:path';
import { envInt } from './bench-env';

/** What `npm run bench:request` runs and where; every value can be overridden from the environment. */
export interface RequestBenchConfig {
  /** A real PostgreSQL server (its bench database is dropped and recreated); null: start the embedded one. */
  serverUrl: string | null;
  database: string;
  embeddedPort: number;
  productPort: number;
  barePort: number;
  /** The product's entry point: the built dist/ by default (another build can be pointed at, e.g. main's). */
  productMain: string;
  bareMain: string;
  /** Interleaved rounds; in each, every query runs on both servers in ABBA order (A alternating). */
  rounds: number;
  /** Seconds per server per query per round, in two equal slices. */
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** Write the README section (on unless BENCH_WRITE_README=false). */
  writeReadme: boolean;
  /**
   * Refuse to time servers that answer differently (on unless BENCH_CHECK_ANSWERS=false, which is for
   * timing an older build whose answers are known to differ, e.g. in the order of tied roles).
   */
  checkAnswers: boolean;
  root: string;
}

export function loadRequestBenchConfig(env: NodeJS.ProcessEnv = process.env): RequestBenchConfig {
  // Compiled to dist/tools/bench: the repository is three levels up.
  const root = join(__dirname, '..', '..', '..');
  return {
    serverUrl: env.DATABASE_URL?.trim() || null,
    database: env.BENCH_DATABASE?.trim() || 'village_request_bench',
    embeddedPort: envInt(env, 'BENCH_EMBEDDED_PORT', 54401, 1),
    productPort: envInt(env, 'BENCH_PRODUCT_PORT', 3201, 1),
    barePort: envInt(env, 'BENCH_BARE_PORT', 3202, 1),
    productMain: env.BENCH_PRODUCT_MAIN?.trim() || join(root, 'dist/apps/api/src/main.js'),
    bareMain: join(root, 'dist/tools/bench/bare/bare-server.js'),
    rounds: envInt(env, 'BENCH_ROUNDS', 8, 1),
    seconds: envInt(env, 'BENCH_SECONDS', 2, 2),
    warmupSeconds: envInt(env, 'BENCH_WARMUP_SECONDS', 2, 0),
    connections: envInt(env, 'BENCH_CONNECTIONS', 20, 1),
    writeReadme: env.BENCH_WRITE_README !== 'false',
    checkAnswers: env.BENCH_CHECK_ANSWERS !== 'false',
    root,
  };
}
