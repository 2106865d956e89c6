import type { TenantTx } from '@village/platform-tenancy';
import { appendMovements } from '../points/points-chain';
import { PointsMovementKind } from '../points/points-enums';
import { expireAccountLots } from '../points/points-expiry';
import type { RedemptionEntity } from './redemption.entity';

/**
 * Gives back exactly what a reservation took: each spend's points to the lot it came from (a RELEASE
 * movement per lot), the balance, the quotas it took and the stock it took. Same lock order as
 * reserving (account, lots, quotas, goods, chain); the caller holds the redemption row. Points given
 * back to a lot already past its expiry expire again at once, logged.
 */
export async function releaseRedemption(
  tx: TenantTx,
  redemption: RedemptionEntity,
  today: string,
  reason: string,
): Promise<void> {
  await tx.query('SELECT id FROM points_account WHERE id = $1 FOR UPDATE', [redemption.accountId]);
  const spends = (await tx.query(
    `SELECT m.lot_id, -m.points AS points, l.expires_on
       FROM points_movement m JOIN points_lot l ON l.id = m.lot_id
      WHERE m.redemption_id = $1 AND m.kind = 'SPEND'
      ORDER BY l.expires_on ASC NULLS LAST, l.id
      FOR UPDATE OF l`,
    [redemption.id],
  )) as { lot_id: string; points: string; expires_on: string | null }[];
  const total = spends.reduce((sum, s) => sum + Number(s.points), 0);
  await tx.query(
    `UPDATE points_lot l SET remaining = l.remaining + s.points
       FROM unnest($1::uuid[], $2::numeric[]) AS s(id, points) WHERE l.id = s.id`,
    [spends.map((s) => s.lot_id), spends.map((s) => Number(s.points))],
  );
  await tx.query('UPDATE points_account SET balance = balance + $2 WHERE id = $1', [
    redemption.accountId,
    total,
  ]);
  if (redemption.quotaHolderIds.length) {
    await tx.query(
      `UPDATE redemption_quota SET used = used - $4
        WHERE goods_id = $1 AND window_key = $2 AND holder_id = ANY($3::uuid[])`,
      [redemption.goodsId, redemption.limitWindow, redemption.quotaHolderIds, redemption.quantity],
    );
  }
  if (redemption.stockTaken) {
    await tx.query('UPDATE goods SET stock = stock + $2 WHERE id = $1', [
      redemption.goodsId,
      redemption.quantity,
    ]);
  }
  await appendMovements(
    tx,
    { districtId: redemption.districtId, townId: redemption.townId, villageId: redemption.villageId },
    spends.map((s) => ({
      kind: PointsMovementKind.RELEASE,
      accountId: redemption.accountId,
      lotId: s.lot_id,
      points: Number(s.points),
      occurredOn: today,
      redemptionId: redemption.id,
      reason,
      idempotencyKey: `release:${redemption.id}:${s.lot_id}`,
    })),
  );
  if (spends.some((s) => s.expires_on !== null && s.expires_on < today)) {
    await expireAccountLots(tx, redemption.accountId, today);
  }
}
