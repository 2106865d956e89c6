import { randomUUID } from 'node:crypto';
import { chainHash, fixed2, GENESIS_HASH, verifyHashChain, type ChainCheck } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { PointsMovementEntity } from './points-movement.entity';
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

/** The fields a movement's hash covers, in a fixed order (docs: README "Redeemable points"). */
export function canonicalMovement(m: Hashed): string {
  return JSON.stringify([
    m.id,
    String(m.seq),
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
  ]);
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
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [villagePointsLockKey(villageId)]);
}

/**
 * Appends movements to the village's chain in one INSERT, each hashed over the one before. Callers
 * have already decided every limit; idempotency keys are unique per village (a duplicate is a bug of
 * the caller's key choice and fails the transaction).
 */
export async function appendMovements(
  tx: TenantTx,
  village: VillageKeys,
  movements: readonly NewMovement[],
  options: { chainLocked?: boolean } = {},
): Promise<PointsMovementEntity[]> {
  if (movements.length === 0) return [];
  if (!options.chainLocked) await lockVillagePoints(tx, village.villageId);
  const [head] = (await tx.query(
    'SELECT seq, entry_hash FROM points_movement WHERE village_id = $1 ORDER BY seq DESC LIMIT 1',
    [village.villageId],
  )) as { seq: string; entry_hash: string }[];
  let seq = head ? Number(head.seq) : 0;
  let prev = head?.entry_hash ?? GENESIS_HASH;
  const rows = movements.map((m) => {
    seq += 1;
    const row = {
      id: randomUUID(),
      seq,
      ...village,
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
      prevHash: prev,
      createdBy: tx.ctx.user?.id ?? null,
    };
    const entryHash = chainHash(prev, canonicalMovement(row));
    prev = entryHash;
    return { ...row, entryHash };
  });
  await tx.insert(PointsMovementEntity, rows);
  return rows as PointsMovementEntity[];
}

/** Recomputes a village's points chain (auditors; the tests). */
export async function checkPointsChain(tx: TenantTx, villageId: string): Promise<ChainCheck> {
  const rows = await tx.find(PointsMovementEntity, { where: { villageId }, order: { seq: 'ASC' } });
  return verifyHashChain(rows, canonicalMovement);
}
