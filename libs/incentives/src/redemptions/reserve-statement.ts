import { randomInt, randomUUID } from 'node:crypto';
import { ConflictException } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { villagePointsLockKey } from '../points/points-chain';
import { preparedQuery } from '../points/prepared-statement';
import { RedemptionEntity } from './redemption.entity';

/** The reservation's row as inserted (its pickup code is drawn here). */
export interface ReservationRow {
  id: string;
  districtId: string;
  townId: string;
  villageId: string;
  shopId: string;
  goodsId: string;
  residentId: string;
  accountId: string;
  quantity: number;
  points: number;
  goodsName: string;
  valueYuan: number | null;
  status: string;
  limitWindow: string;
  quotaHolderIds: string[];
  stockTaken: boolean;
  pickupBy: string;
  clientKey: string;
  payloadHash: string;
  onBehalfBy: string | null;
  residentConfirmation: string | null;
  createdBy: string | null;
}

export interface ReservationExtras {
  today: string;
  /** The limit of each of `quotaHolderIds`, in the same order. */
  quotaLimits: number[];
  step: string;
  reason: string | null;
}

/** What the statement did; a refusal rolls the transaction back, so nothing of it stays. */
export type Written =
  | { existing: RedemptionEntity }
  | {
      pickupCode: string;
      createdAt: Date;
      /** The account's live points, oldest-expiring first as the lots were taken. */
      available: number;
      /** The lots spent and how much of each, oldest-expiring first. */
      taken: { lotId: string; points: number }[];
      /** The quota holders whose limit still had room (the others refuse). */
      quotasTaken: string[];
      debited: boolean;
      stocked: boolean;
    };

/**
 * The reservation's writes in one statement, each step only when the ones before it succeeded:
 * the reservation row (its unique client key decides a retry racing its original — the insert waits
 * for the other transaction and then finds the key taken — before the balance is judged, as the
 * original may just have spent it; ON CONFLICT DO NOTHING, no savepoint); the points off the live
 * lots, oldest-expiring first (the account is locked, and every writer of lots holds it, so the lots
 * read are the lots updated); the limits per person and per household in the good's window
 * (conditional upserts); the balance (conditional); the stock (conditional; the hottest lock, so
 * taken last but the chain); the first event; and — once the stock row is held — the village's
 * points chain's lock, so the movements can follow in the next statement.
 */
const WRITE_SQL = `WITH
  ins AS (
    INSERT INTO redemption (id, district_id, town_id, village_id, shop_id, goods_id, resident_id,
                            account_id, quantity, points, goods_name, value_yuan, status, limit_window,
                            quota_holder_ids, stock_taken, pickup_code, pickup_by, client_key,
                            payload_hash, on_behalf_by, resident_confirmation, created_by)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
            $21, $22, $23)
    ON CONFLICT DO NOTHING
    RETURNING created_at),
  live AS (
    SELECT l.id, l.remaining, l.expires_on,
           sum(l.remaining) OVER (ORDER BY l.expires_on ASC NULLS LAST, l.id) AS upto
      FROM points_lot l
     WHERE l.account_id = $8 AND l.remaining > 0 AND (l.expires_on IS NULL OR l.expires_on >= $24)
       AND EXISTS (SELECT 1 FROM ins)),
  take AS (
    SELECT id, least(remaining, $10::numeric - (upto - remaining)) AS points
      FROM live
     WHERE upto - remaining < $10::numeric AND (SELECT sum(remaining) FROM live) >= $10::numeric),
  lots AS (
    UPDATE points_lot l SET remaining = l.remaining - t.points FROM take t WHERE l.id = t.id
    RETURNING l.id, t.points, l.expires_on),
  quota AS (
    INSERT INTO redemption_quota (district_id, town_id, village_id, goods_id, holder_id, window_key, used)
    SELECT $2::uuid, $3::uuid, $4::uuid, $6::uuid, q.holder_id, $14::varchar, $9::int
      FROM unnest($15::uuid[]) AS q(holder_id)
     WHERE EXISTS (SELECT 1 FROM lots)
    ON CONFLICT (goods_id, holder_id, window_key)
    DO UPDATE SET used = redemption_quota.used + EXCLUDED.used
     WHERE redemption_quota.used + EXCLUDED.used <=
           (SELECT q.lim FROM unnest($15::uuid[], $25::int[]) AS q(holder_id, lim)
             WHERE q.holder_id = EXCLUDED.holder_id)
    RETURNING holder_id),
  debited AS (
    UPDATE points_account SET balance = balance - $10
     WHERE id = $8 AND balance >= $10 AND EXISTS (SELECT 1 FROM lots)
       AND (SELECT count(*) FROM quota) = cardinality($15::uuid[])
    RETURNING id),
  stocked AS (
    UPDATE goods SET stock = stock - $9
     WHERE id = $6 AND $16::boolean AND stock >= $9 AND EXISTS (SELECT 1 FROM debited)
    RETURNING id),
  event AS (
    INSERT INTO redemption_event (id, district_id, town_id, village_id, redemption_id, from_status,
                                  to_status, step, reason, client_key, created_by)
    SELECT $26::uuid, $2::uuid, $3::uuid, $4::uuid, $1::uuid, NULL, $13::varchar, $27::varchar, $28::varchar,
           $19::varchar, $23::uuid
     WHERE EXISTS (SELECT 1 FROM debited) AND (EXISTS (SELECT 1 FROM stocked) OR NOT $16::boolean)
    RETURNING id)
SELECT h.created_at, h.available, h.lot_ids, h.lot_points, h.quotas, h.debited, h.stocked,
       CASE WHEN h.events = 1 THEN pg_advisory_xact_lock(hashtext($29))::text END AS chain_locked
  FROM (SELECT (SELECT created_at FROM ins) AS created_at,
               (SELECT coalesce(sum(remaining), 0) FROM live) AS available,
               (SELECT array_agg(id ORDER BY expires_on ASC NULLS LAST, id) FROM lots) AS lot_ids,
               (SELECT array_agg(points ORDER BY expires_on ASC NULLS LAST, id) FROM lots) AS lot_points,
               (SELECT array_agg(holder_id) FROM quota) AS quotas,
               (SELECT count(*) FROM debited)::int AS debited,
               (SELECT count(*) FROM stocked)::int AS stocked,
               (SELECT count(*) FROM event)::int AS events
        OFFSET 0) h`;

interface WrittenRow {
  created_at: Date | null;
  available: string;
  lot_ids: string[] | null;
  lot_points: string[] | null;
  quotas: string[] | null;
  debited: number;
  stocked: number;
}

/**
 * Writes the reservation with six digits unique among the shop's waiting reservations (both unique
 * keys decide): when the client key is taken — by a retry's original, which the insert waited for —
 * the existing reservation is returned; when only the code is, nothing else was written and another
 * code is drawn.
 */
export async function writeReservation(
  tx: TenantTx,
  row: ReservationRow,
  extras: ReservationExtras,
): Promise<Written> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const [written] = (await preparedQuery(tx, WRITE_SQL, [
      row.id,
      row.districtId,
      row.townId,
      row.villageId,
      row.shopId,
      row.goodsId,
      row.residentId,
      row.accountId,
      row.quantity,
      row.points,
      row.goodsName,
      row.valueYuan,
      row.status,
      row.limitWindow,
      row.quotaHolderIds,
      row.stockTaken,
      code,
      row.pickupBy,
      row.clientKey,
      row.payloadHash,
      row.onBehalfBy,
      row.residentConfirmation,
      row.createdBy,
      extras.today,
      extras.quotaLimits,
      randomUUID(),
      extras.step,
      extras.reason,
      villagePointsLockKey(row.villageId),
    ])) as WrittenRow[];
    if (written.created_at) {
      const points = written.lot_points ?? [];
      return {
        pickupCode: code,
        createdAt: written.created_at,
        available: Number(written.available),
        taken: (written.lot_ids ?? []).map((lotId, i) => ({ lotId, points: Number(points[i]) })),
        quotasTaken: written.quotas ?? [],
        debited: written.debited === 1,
        stocked: written.stocked === 1,
      };
    }
    const existing = await tx.findOne(RedemptionEntity, {
      where: { villageId: row.villageId, clientKey: row.clientKey },
    });
    if (existing) return { existing };
  }
  throw new ConflictException('取货码生成失败，请重试');
}
