/**
 * How the district's residents and ledger entries are spread over its villages: village sizes vary
 * between half and one and a half times the mean (a fixed pseudo-random sequence, so runs are
 * comparable), and each village's entries follow its size. Pure arithmetic, no I/O.
 */
export interface VillagePlan {
  idx: number;
  townIdx: number;
  residents: number;
  /** NORMAL entries (seq 1..normalEntries), followed by the village's reversals. */
  normalEntries: number;
  reversals: number;
}

/** One reversal per this many NORMAL entries (the entry whose seq is a multiple is reversed). */
export const REVERSAL_EVERY = 997;

export function planVillages(
  towns: number,
  villages: number,
  residents: number,
  entries: number,
): VillagePlan[] {
  const random = mulberry32(20260331);
  const weights = Array.from({ length: villages }, () => 0.5 + random());
  const residentCounts = apportion(residents, weights);
  const entryCounts = apportion(entries, residentCounts);
  return residentCounts.map((count, i) => {
    const total = entryCounts[i];
    let normal = total;
    while (normal > 0 && normal + Math.floor(normal / REVERSAL_EVERY) > total) normal--;
    const reversals = Math.min(Math.floor(normal / REVERSAL_EVERY), total - normal);
    return {
      idx: i + 1,
      townIdx: (i % towns) + 1,
      residents: count,
      normalEntries: total - reversals,
      reversals,
    };
  });
}

/** Splits `total` into integer parts proportional to `weights` (largest remainders), summing exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i]++;
  }
  return parts;
}

/** A small seeded pseudo-random generator: the same sequence on every run, so runs are comparable. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
