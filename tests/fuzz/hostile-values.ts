/**
 * Values an attacker (or a broken client) sends, per GraphQL input type. Each is something the API
 * must refuse with a named field or accept safely — never a 500.
 */
export const HOSTILE: Record<string, unknown[]> = {
  String: [
    'nul\u0000inside',
    'lone \ud800 surrogate',
    'escape \u001b[2J',
    'bidi \u202e txt',
    '   ',
    '',
    'line\nbreak',
    'x'.repeat(20_000),
    "'; DROP TABLE resident; --",
    '<script>alert(1)</script>',
    '0000-01-01',
    '9999-12-31',
    '2026-02-30',
  ],
  ID: ['not-a-uuid', '', 'nul\u0000', "' OR 1=1 --", 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1'],
  Int: [2147483647, -2147483648, 0, -1],
  Float: [1e-9, 1e20, -1e20, 9_999_999, 1.7976931348623157e308, 5e-324, -0.5, 0.1 + 0.2],
  Boolean: [true, false],
  DateTime: ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'garbage'],
};

/** A small deterministic generator (mulberry32), so a failing call can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` values of `pool` picked by `random`, always including the first (the worst) one. */
export function pick<T>(pool: T[], count: number, random: () => number): T[] {
  const rest = pool.slice(1).sort(() => random() - 0.5);
  return [pool[0], ...rest.slice(0, Math.max(0, count - 1))];
}
