import { createHash } from 'node:crypto';

/**
 * The shared integrity helpers of every append-only, hash-chained ledger (the evaluation ledger, the
 * redeemable-points ledger): each row's hash covers the previous row's hash and the row's canonical
 * form, so each row vouches for every row before it and a changed or removed row breaks the chain.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256(prev_hash ‖ '|' ‖ canonical row), lower-case hex. */
export function chainHash(prevHash: string, canonical: string): string {
  return createHash('sha256').update(prevHash).update('|').update(canonical).digest('hex');
}

/** Numbers as fixed two-decimal strings, so 1, 1.0 and '1.00' from the database hash alike. */
export function fixed2(value: number | string | null): string | null {
  return value === null ? null : Number(value).toFixed(2);
}

/** A stable hash of an arbitrary request payload (keys sorted), for idempotency checks. */
export function payloadHash(payload: unknown): string {
  return createHash('sha256').update(stableJson(payload)).digest('hex');
}

/** JSON with object keys sorted (and undefined members left out), so equal content serialises alike. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  /** The first row whose stored hash does not match its recomputed hash (or its predecessor). */
  firstBrokenSeq: number | null;
}

/** Recomputes a chain over rows ordered by seq, each hashed by `canonical`. */
export function verifyHashChain<R extends { seq: number | string; prevHash: string; entryHash: string }>(
  rows: readonly R[],
  canonical: (row: R) => string,
): ChainCheck {
  let prev = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    const broken =
      Number(row.seq) !== index + 1 ||
      row.prevHash !== prev ||
      chainHash(prev, canonical(row)) !== row.entryHash;
    if (broken) return { ok: false, entries: rows.length, firstBrokenSeq: Number(row.seq) };
    prev = row.entryHash;
  }
  return { ok: true, entries: rows.length, firstBrokenSeq: null };
}
