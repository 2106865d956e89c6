/**
 * An integer setting of a bench from the environment, or `fallback` when unset: every bench config reads
 * its sizes, ports and durations this way. Digits may be grouped with underscores (`BENCH_RESIDENTS=20_000`).
 */
export function envInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name}=${raw}: expected an integer ≥ ${min}`);
  return value;
}
