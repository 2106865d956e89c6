import { join } from 'node:path';
import { envInt } from './bench-env';

/** What `npm run bench:login` runs; every value can be overridden from the environment. */
export interface LoginBenchConfig {
  /** A real PostgreSQL server (its bench database is dropped and recreated); null: start the embedded one. */
  serverUrl: string | null;
  database: string;
  embeddedPort: number;
  port: number;
  productMain: string;
  /** Seconds `me` is measured in each run (one user, then flat out). */
  seconds: number;
  /** Rounds of (idle, attacked) per server; the report gives medians over them. */
  rounds: number;
  warmupSeconds: number;
  /** Keep-alive connections asking `me` in the flat-out runs (the one-user runs use one). */
  connections: number;
  /** Wrong logins kept in flight at once during the attack phases. */
  attackers: number;
  writeReadme: boolean;
  root: string;
}

export function loadLoginBenchConfig(env: NodeJS.ProcessEnv = process.env): LoginBenchConfig {
  // Compiled to dist/tools/bench: the repository is three levels up.
  const root = join(__dirname, '..', '..', '..');
  return {
    serverUrl: env.DATABASE_URL?.trim() || null,
    database: env.BENCH_DATABASE?.trim() || 'village_login_bench',
    embeddedPort: envInt(env, 'BENCH_EMBEDDED_PORT', 54402, 1),
    port: envInt(env, 'BENCH_PRODUCT_PORT', 3203, 1),
    productMain: env.BENCH_PRODUCT_MAIN?.trim() || join(root, 'dist/apps/api/src/main.js'),
    seconds: envInt(env, 'BENCH_SECONDS', 5, 2),
    rounds: envInt(env, 'BENCH_ROUNDS', 3, 1),
    warmupSeconds: envInt(env, 'BENCH_WARMUP_SECONDS', 2, 0),
    connections: envInt(env, 'BENCH_CONNECTIONS', 10, 1),
    attackers: envInt(env, 'BENCH_ATTACKERS', 32, 1),
    writeReadme: env.BENCH_WRITE_README !== 'false',
    root,
  };
}
