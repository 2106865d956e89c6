import { chainHash, fixed2 as fixed, verifyHashChain, type ChainCheck } from '@village/platform-common';

// The chain's formula and helpers are the platform's (shared with the redeemable-points ledger).
export { GENESIS_HASH, payloadHash, stableJson, type ChainCheck } from '@village/platform-common';

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
  return chainHash(prevHash, canonicalEntry(entry));
}

/** Recomputes the chain over rows ordered by seq. */
export function verifyChain(rows: (HashedEntry & { prevHash: string; entryHash: string })[]): ChainCheck {
  return verifyHashChain(rows, canonicalEntry);
}
