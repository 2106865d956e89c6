import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a ledger row's hash covers, in a fixed order. */
export interface HashedEntry {
  id: string;
  seq: number;
  kind: string;
  villageId: string;
  residentId: string;
  track: string;
  points: number;
  itemCode: string;
  itemName: string;
  itemPointsMin: number;
  itemPointsMax: number;
  quantity: number | null;
  repeatMultiplier: number;
  actedOn: string;
  expiresOn: string | null;
  declarationId: string | null;
  declaredBy: string | null;
  reviewedBy: string | null;
  reversesEntryId: string | null;
  reason: string | null;
  idempotencyKey: string;
  ruleNote?: string | null;
  recordLevel?: string;
  judgementGrade?: string | null;
  judgementStars?: number | null;
}

/** The act-rule facts (record level, direct judgement) when any differs from an ordinary entry's. */
function actRuleFacts(e: HashedEntry): (string | null)[] | null {
  const level = e.recordLevel ?? 'BOTH';
  const grade = e.judgementGrade ?? null;
  const stars = e.judgementStars ?? null;
  if (level === 'BOTH' && grade === null && stars === null) return null;
  return [level, grade, stars === null ? null : String(stars)];
}

/** Numbers as fixed two-decimal strings, so 1, 1.0 and '1.00' from the database hash alike. */
function fixed(value: number | null): string | null {
  return value === null ? null : Number(value).toFixed(2);
}

export function canonicalEntry(e: HashedEntry): string {
  return JSON.stringify([
    e.id,
    String(e.seq),
    e.kind,
    e.villageId,
    e.residentId,
    e.track,
    fixed(e.points),
    e.itemCode,
    e.itemName,
    fixed(e.itemPointsMin),
    fixed(e.itemPointsMax),
    fixed(e.quantity),
    fixed(e.repeatMultiplier),
    e.actedOn,
    e.expiresOn,
    e.declarationId,
    e.declaredBy,
    e.reviewedBy,
    e.reversesEntryId,
    e.reason,
    e.idempotencyKey,
    // Appended only when present, so every entry hashed before rule notes (and act rules) existed
    // keeps its hash; an entry with act-rule facts but no note holds null in the note's place.
    ...(e.ruleNote || actRuleFacts(e) ? [e.ruleNote ?? null] : []),
    ...(actRuleFacts(e) ? [actRuleFacts(e)] : []),
  ]);
}

/** entry_hash = SHA-256(prev_hash ‖ canonical entry): each row vouches for every row before it. */
export function entryHash(prevHash: string, entry: HashedEntry): string {
  return createHash('sha256').update(prevHash).update('|').update(canonicalEntry(entry)).digest('hex');
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

/** Recomputes the chain over rows ordered by seq. */
export function verifyChain(rows: (HashedEntry & { prevHash: string; entryHash: string })[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    const expectedSeq = index + 1;
    if (Number(row.seq) !== expectedSeq || row.prevHash !== prev || entryHash(prev, row) !== row.entryHash) {
      return { ok: false, entries: rows.length, firstBrokenSeq: Number(row.seq) };
    }
    prev = row.entryHash;
  }
  return { ok: true, entries: rows.length, firstBrokenSeq: null };
}
