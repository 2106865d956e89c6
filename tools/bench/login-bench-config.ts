import { join } from 'node:path';

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
    embeddedPort: int(env, 'BENCH_EMBEDDED_PORT', 54402, 1),
    port: int(env, 'BENCH_PRODUCT_PORT', 3203, 1),
    productMain: env.BENCH_PRODUCT_MAIN?.trim() || join(root, 'dist/apps/api/src/main.js'),
    seconds: int(env, 'BENCH_SECONDS', 5, 2),
    rounds: int(env, 'BENCH_ROUNDS', 3, 1),
    warmupSeconds: int(env, 'BENCH_WARMUP_SECONDS', 2, 0),
    connections: int(env, 'BENCH_CONNECTIONS', 10, 1),
    attackers: int(env, 'BENCH_ATTACKERS', 32, 1),
    writeReadme: env.BENCH_WRITE_README !== 'false',
    root,
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name}=${raw}: expected an integer ≥ ${min}`);
  return value;
}
