import { randomUUID } from 'node:crypto';
import { fixed2, GENESIS_HASH, verifyHashChain, type ChainCheck } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { PointsMovementEntity } from './points-movement.entity';
import { preparedQuery } from './prepared-statement';
import type { PointsMovementKind } from './points-enums';

/** What a caller asks the points ledger to record; tenant columns come from the village. */
export interface NewMovement {
  kind: PointsMovementKind;
  accountId: string;
  lotId: string | null;
  points: number;
  occurredOn: string;
  periodId?: string | null;
  redemptionId?: string | null;
  reversesMovementId?: string | null;
  reason?: string | null;
  idempotencyKey: string;
}

export interface VillageKeys {
  districtId: string;
  townId: string;
  villageId: string;
}

type Hashed = Pick<
  PointsMovementEntity,
  | 'id'
  | 'seq'
  | 'kind'
  | 'villageId'
  | 'accountId'
  | 'lotId'
  | 'points'
  | 'occurredOn'
  | 'periodId'
  | 'redemptionId'
  | 'reversesMovementId'
  | 'reason'
  | 'idempotencyKey'
>;

/**
 * A movement's canonical form around its seq: `before + seq + after` is the JSON array of the fields
 * its hash covers, in a fixed order (docs: README "Redeemable points"). Split so that the appending
 * statement, which reads the chain's head, can put the seq in (digits, nothing to escape).
 */
export function canonicalMovementParts(m: Omit<Hashed, 'seq'>): { before: string; after: string } {
  return {
    before: `[${JSON.stringify(m.id)},"`,
    after: `",${JSON.stringify([
      m.kind,
      m.villageId,
      m.accountId,
      m.lotId,
      fixed2(m.points),
      m.occurredOn,
      m.periodId,
      m.redemptionId,
      m.reversesMovementId,
      m.reason,
      m.idempotencyKey,
    ]).slice(1)}`,
  };
}

/** The fields a movement's hash covers, as one string: `[id, "seq", kind, village, …, key]`. */
export function canonicalMovement(m: Hashed): string {
  const { before, after } = canonicalMovementParts(m);
  return `${before}${String(m.seq)}${after}`;
}

/**
 * The advisory lock that serialises a village's points-ledger appends until the transaction ends.
 * Taken last by every operation (after accounts, lots and goods), so it is held only for the appends
 * and the commit. A caller may take it inside its own last statement (reserving does) and tell
 * `appendMovements` so.
 */
export function villagePointsLockKey(villageId: string): string {
  return `points:${villageId}`;
}

async function lockVillagePoints(tx: TenantTx, villageId: string): Promise<void> {
  await preparedQuery(tx, 'SELECT pg_advisory_xact_lock(hashtext($1))', [villagePointsLockKey(villageId)]);
}

/**
 * Appends movements to the village's chain in one INSERT that reads the chain's head and hashes each
 * row over the one before (SHA-256 of `prev | canonical`, as `chainHash`; the canonical text is built
 * here, the statement only puts in the seq), so appending is one round trip under the chain's lock.
 * The lock is taken in a statement before (here, or by a caller that says `chainLocked`), so this
 * statement's snapshot already sees every append committed before it. Callers have already decided
 * every limit; idempotency keys are unique per village (a duplicate is a bug of the caller's key
 * choice and fails the transaction).
 */
export async function appendMovements(
  tx: TenantTx,
  village: VillageKeys,
  movements: readonly NewMovement[],
  options: { chainLocked?: boolean } = {},
): Promise<void> {
  if (movements.length === 0) return;
  if (!options.chainLocked) await lockVillagePoints(tx, village.villageId);
  const rows = movements.map((m) => ({
    id: randomUUID(),
    villageId: village.villageId,
    kind: m.kind,
    accountId: m.accountId,
    lotId: m.lotId,
    points: Math.round(m.points * 100) / 100,
    occurredOn: m.occurredOn,
    periodId: m.periodId ?? null,
    redemptionId: m.redemptionId ?? null,
    reversesMovementId: m.reversesMovementId ?? null,
    reason: m.reason ?? null,
    idempotencyKey: m.idempotencyKey,
  }));
  const parts = rows.map(canonicalMovementParts);
  await preparedQuery(
    tx,
    `WITH RECURSIVE
       m AS (SELECT * FROM unnest($5::uuid[], $6::varchar[], $7::uuid[], $8::uuid[], $9::numeric[],
                                  $10::date[], $11::uuid[], $12::uuid[], $13::uuid[], $14::varchar[],
                                  $15::varchar[], $16::text[], $17::text[])
                     WITH ORDINALITY AS m(id, kind, account_id, lot_id, points, occurred_on, period_id,
                                          redemption_id, reverses_movement_id, reason, idempotency_key,
                                          before, after, n)),
       head AS (SELECT seq, entry_hash::text AS entry_hash FROM points_movement
                 WHERE village_id = $3 ORDER BY seq DESC LIMIT 1),
       chain (n, seq, prev_hash, entry_hash) AS (
         SELECT 0::bigint, coalesce((SELECT seq FROM head), 0::bigint), NULL::text,
                coalesce((SELECT entry_hash FROM head), $18::text)
         UNION ALL
         SELECT m.n, c.seq + 1, c.entry_hash,
                encode(sha256(convert_to(c.entry_hash || '|' || m.before || (c.seq + 1)::text || m.after,
                                         'UTF8')), 'hex')
           FROM chain c JOIN m ON m.n = c.n + 1)
     INSERT INTO points_movement (id, seq, district_id, town_id, village_id, kind, account_id, lot_id,
                                  points, occurred_on, period_id, redemption_id, reverses_movement_id,
                                  reason, idempotency_key, prev_hash, entry_hash, created_by)
     SELECT m.id, c.seq, $1, $2, $3, m.kind, m.account_id, m.lot_id, m.points, m.occurred_on,
            m.period_id, m.redemption_id, m.reverses_movement_id, m.reason, m.idempotency_key,
            c.prev_hash, c.entry_hash, $4
       FROM chain c JOIN m ON m.n = c.n`,
    [
      village.districtId,
      village.townId,
      village.villageId,
      tx.ctx.user?.id ?? null,
      rows.map((r) => r.id),
      rows.map((r) => r.kind),
      rows.map((r) => r.accountId),
      rows.map((r) => r.lotId),
      rows.map((r) => r.points),
      rows.map((r) => r.occurredOn),
      rows.map((r) => r.periodId),
      rows.map((r) => r.redemptionId),
      rows.map((r) => r.reversesMovementId),
      rows.map((r) => r.reason),
      rows.map((r) => r.idempotencyKey),
      parts.map((p) => p.before),
      parts.map((p) => p.after),
      GENESIS_HASH,
    ],
  );
}

/** Recomputes a village's points chain (auditors; the tests). */
export async function checkPointsChain(tx: TenantTx, villageId: string): Promise<ChainCheck> {
  const rows = await tx.find(PointsMovementEntity, { where: { villageId }, order: { seq: 'ASC' } });
  return verifyHashChain(rows, canonicalMovement);
}
