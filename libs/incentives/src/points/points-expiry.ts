import type { TenantTx } from '@village/platform-tenancy';
import { appendMovements, type NewMovement } from './points-chain';
import { PointsMovementKind } from './points-enums';

interface ExpiringLot {
  id: string;
  account_id: string;
  district_id: string;
  town_id: string;
  village_id: string;
  remaining: string;
  expires_on: string;
  expired_before: string;
}

/**
 * Expires what is left of every lot whose last day is before `today` (the yearly or quarterly reset is
 * the lots' expiry date): one EXPIRE movement per lot, the lot's remainder to 0, the balance down by
 * the same. Accounts are locked before their lots, in id order, as reservations lock them, so the job
 * and a reservation never wait for each other in a circle. A rerun finds nothing left to expire and
 * writes nothing; a lot given points back after its expiry (a late release) expires again, under a
 * key of its own (`expire:<lot>:<n>`). Returns the number of lots expired.
 */
export async function expireLots(tx: TenantTx, today: string): Promise<number> {
  const accounts = (await tx.query(
    `SELECT DISTINCT account_id FROM points_lot WHERE remaining > 0 AND expires_on < $1 ORDER BY account_id`,
    [today],
  )) as { account_id: string }[];
  let expired = 0;
  for (const { account_id } of accounts) {
    expired += await expireAccountLots(tx, account_id, today);
  }
  return expired;
}

/** One account's expired lots, under the account's lock (also used after a late release). */
export async function expireAccountLots(tx: TenantTx, accountId: string, today: string): Promise<number> {
  await tx.query('SELECT id FROM points_account WHERE id = $1 FOR UPDATE', [accountId]);
  const lots = (await tx.query(
    `SELECT l.id, l.account_id, l.district_id, l.town_id, l.village_id, l.remaining, l.expires_on,
            (SELECT count(*) FROM points_movement m WHERE m.lot_id = l.id AND m.kind = 'EXPIRE') AS expired_before
       FROM points_lot l
      WHERE l.account_id = $1 AND l.remaining > 0 AND l.expires_on < $2
      ORDER BY l.expires_on, l.id
      FOR UPDATE OF l`,
    [accountId, today],
  )) as ExpiringLot[];
  if (lots.length === 0) return 0;
  const total = lots.reduce((sum, l) => sum + Number(l.remaining), 0);
  await tx.query('UPDATE points_lot SET remaining = 0 WHERE id = ANY($1::uuid[])', [lots.map((l) => l.id)]);
  await tx.query('UPDATE points_account SET balance = balance - $2 WHERE id = $1', [accountId, total]);
  const movements: NewMovement[] = lots.map((l) => ({
    kind: PointsMovementKind.EXPIRE,
    accountId,
    lotId: l.id,
    points: -Number(l.remaining),
    occurredOn: today,
    reason: `批次有效期至 ${l.expires_on}，到期清零`,
    idempotencyKey: `expire:${l.id}:${Number(l.expired_before) + 1}`,
  }));
  const [first] = lots;
  await appendMovements(
    tx,
    { districtId: first.district_id, townId: first.town_id, villageId: first.village_id },
    movements,
  );
  return lots.length;
}
