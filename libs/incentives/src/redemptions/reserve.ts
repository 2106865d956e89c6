import { randomInt, randomUUID } from 'node:crypto';
import {
  addDays,
  affectedRows,
  BadInputException,
  ConflictException,
  notFound,
  payloadHash,
  todayInChina,
} from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { finalYearResults } from '@village/grading';
import { SubjectRoleEntity, type ResidentEntity } from '@village/residents';
import { GoodsEntity } from '../shops/goods.entity';
import { ShopEntity } from '../shops/shop.entity';
import { ensureAccounts, holderKey, holderOf, type AccountHolder } from '../points/points-accounts';
import { appendMovements, villagePointsLockKey, type VillageKeys } from '../points/points-chain';
import { PointsAccountLevel, PointsMovementKind } from '../points/points-enums';
import { accountLevelInForce } from '../points/points-policy';
import { preparedQuery } from '../points/prepared-statement';
import { whyNotEligible } from './eligibility';
import { entityColumns } from './entity-columns';
import { LIMIT_PERIOD_WORDS, windowKey } from './limit-windows';
import { RedemptionEntity } from './redemption.entity';
import { RedemptionStatus } from './redemption-enums';

export interface ReserveRequest {
  goodsId: string;
  quantity: number;
  clientKey: string;
  /** A clerk reserving for a resident without a phone, with what the resident confirmed. */
  onBehalf?: { residentConfirmation: string };
}

/** What reserving needs of the resident. */
export type ReservingResident = Pick<
  ResidentEntity,
  'id' | 'districtId' | 'townId' | 'villageId' | 'householdId'
>;

/** The shop serves the resident: a village's shop its own village, a town's shop every village of the town. */
export function shopServes(
  shop: ShopEntity,
  resident: Pick<ResidentEntity, 'townId' | 'villageId'>,
): boolean {
  return shop.villageId ? shop.villageId === resident.villageId : shop.townId === resident.townId;
}

async function subjectTypesToday(tx: TenantTx, residentId: string, today: string) {
  const roles = await tx.find(SubjectRoleEntity, { where: { residentId } });
  return roles
    .filter((r) => r.startDate <= today && (r.endDate === null || r.endDate >= today))
    .map((r) => r.subjectType);
}

export interface ReservationInputs {
  resident: ReservingResident;
  goods: GoodsEntity;
  shop: ShopEntity;
  /** The resident's village's reservation already made with the request's client key, if any. */
  existing: RedemptionEntity | null;
  holder: AccountHolder;
  /** The holder's account, locked for the transaction; null when the holder has none yet. */
  accountId: string | null;
}

interface InputsRow {
  r_id: string | null;
  r_district_id: string;
  r_town_id: string;
  r_village_id: string;
  r_household_id: string | null;
  account_level: PointsAccountLevel;
  account_id: string | null;
}

const INPUTS_SQL = new WeakMap<object, string>();

function inputsSql(tx: TenantTx): string {
  const goods = entityColumns(tx, GoodsEntity, 'g');
  const shop = entityColumns(tx, ShopEntity, 's');
  const existing = entityColumns(tx, RedemptionEntity, 'e');
  const key = tx.manager.connection;
  const known = INPUTS_SQL.get(key);
  if (known) return known;
  // The account is locked last, once the row is read (the scalar subqueries run after the joins).
  const sql = `WITH r AS (
       SELECT r.id, r.district_id, r.town_id, r.village_id, r.household_id,
              ${accountLevelInForce('r.district_id', 'r.town_id')} AS account_level
         FROM resident r WHERE r.id = $1),
     holder AS (
       SELECT CASE WHEN r.account_level = '${PointsAccountLevel.HOUSEHOLD}' AND r.household_id IS NOT NULL
                   THEN NULL ELSE r.id END AS resident_id,
              CASE WHEN r.account_level = '${PointsAccountLevel.HOUSEHOLD}' THEN r.household_id END AS household_id
         FROM r),
     by_resident AS (
       SELECT a.id FROM points_account a WHERE a.resident_id = (SELECT resident_id FROM holder) FOR UPDATE),
     by_household AS (
       SELECT a.id FROM points_account a WHERE a.household_id = (SELECT household_id FROM holder) FOR UPDATE)
     SELECT r.id AS r_id, r.district_id AS r_district_id, r.town_id AS r_town_id, r.village_id AS r_village_id,
            r.household_id AS r_household_id, r.account_level,
            ${goods.select}, ${shop.select}, ${existing.select},
            coalesce((SELECT id FROM by_resident), (SELECT id FROM by_household)) AS account_id
       FROM (SELECT 1) one
       LEFT JOIN r ON true
       LEFT JOIN goods g ON g.id = $2
       LEFT JOIN shop s ON s.id = g.shop_id
       LEFT JOIN redemption e ON e.village_id = r.village_id AND e.client_key = $3`;
  INPUTS_SQL.set(key, sql);
  return sql;
}

/**
 * Everything a reservation reads before it writes, in one statement: the resident (as the caller
 * sees them; else NOT_FOUND on residentId), the good and its shop (else, or when the shop does not
 * serve the resident, NOT_FOUND on goodsId), the reservation the client key already made, the
 * account level in force and the holder's account — locked, the first lock a reservation takes.
 */
export async function reservationInputs(
  tx: TenantTx,
  residentId: string,
  goodsId: string,
  clientKey: string,
): Promise<ReservationInputs> {
  const [row] = (await preparedQuery(tx, inputsSql(tx), [residentId, goodsId, clientKey])) as (InputsRow &
    Record<string, unknown>)[];
  if (!row.r_id) throw notFound('residentId', '村民');
  const resident: ReservingResident = {
    id: row.r_id,
    districtId: row.r_district_id,
    townId: row.r_town_id,
    villageId: row.r_village_id,
    householdId: row.r_household_id,
  };
  const goods = entityColumns(tx, GoodsEntity, 'g').hydrate(row);
  const shop = entityColumns(tx, ShopEntity, 's').hydrate(row);
  if (!goods || !shop || !shopServes(shop, resident)) throw notFound('goodsId', '商品');
  return {
    resident,
    goods,
    shop,
    existing: entityColumns(tx, RedemptionEntity, 'e').hydrate(row),
    holder: holderOf({ accountLevel: row.account_level }, resident),
    accountId: row.account_id,
  };
}

/** A reservation already made with the key: the same request gets it back, another one CONFLICT. */
function sameRequestOrConflict(existing: RedemptionEntity, payload: string, clientKey: string) {
  if (existing.payloadHash === payload) return existing;
  throw new ConflictException(`请求标识 ${clientKey} 已用于另一笔兑换`, [
    { field: 'clientKey', reasons: ['已用于另一笔兑换'] },
  ]);
}

/**
 * Reserves a good for a resident (RESERVED: points and stock held, a pickup code). Everything is
 * decided in this one transaction by conditional statements, locks taken in one order — the account,
 * its lots, the client key (the reservation's unique key), the quotas, the good's stock, the village's
 * points chain — so parallel requests give what one after another would: a stock of 10 gives exactly
 * 10 reservations, a balance never goes below 0, a limit is never passed. The same client key again
 * returns the first reservation; with another request, CONFLICT. Refusals name the field and the
 * reason. Every reservation waits for the stock and the chain, so the path after them is kept to as
 * few statements as it can be (README "Redemptions under contention").
 */
export async function reserve(
  tx: TenantTx,
  inputs: ReservationInputs,
  request: ReserveRequest,
): Promise<RedemptionEntity> {
  const today = todayInChina();
  const { resident, goods, shop, existing } = inputs;
  const payload = payloadHash({
    goodsId: request.goodsId,
    quantity: request.quantity,
    residentId: resident.id,
    onBehalf: request.onBehalf ?? null,
  });
  if (existing) return sameRequestOrConflict(existing, payload, request.clientKey);
  if (!shop.active) throw BadInputException.field('goodsId', `${shop.name}已停止营业`);
  const refusal = whyNotEligible(goods, await redeemerOf(tx, resident, goods, today), today);
  if (refusal) throw BadInputException.field('goodsId', refusal);
  const points = round(goods.pricePoints * request.quantity);

  // 1. The account (locked as it was read), then its live lots, oldest-expiring first.
  const keys = { districtId: resident.districtId, townId: resident.townId, villageId: resident.villageId };
  const accountId = inputs.accountId ?? (await openedAccount(tx, keys, inputs.holder));
  const lots = (await preparedQuery(
    tx,
    `SELECT id, remaining FROM points_lot
      WHERE account_id = $1 AND remaining > 0 AND (expires_on IS NULL OR expires_on >= $2)
      ORDER BY expires_on ASC NULLS LAST, id
      FOR UPDATE`,
    [accountId, today],
  )) as { id: string; remaining: string }[];

  // 2. The reservation itself: its unique client key decides a retry racing its original (the
  //    insert waits for the other transaction, then finds the key taken) — before the balance is
  //    judged, as the original may just have spent it.
  const window = windowKey(goods.limitPeriod, today);
  const quotas = [
    { holderId: resident.id, limit: goods.limitPerPerson, who: '每人' },
    { holderId: resident.householdId, limit: goods.limitPerHousehold, who: '每户' },
  ].filter(
    (q): q is { holderId: string; limit: number; who: string } => q.limit !== null && q.holderId !== null,
  );
  const redemption = {
    id: randomUUID(),
    ...keys,
    shopId: shop.id,
    goodsId: goods.id,
    residentId: resident.id,
    accountId,
    quantity: request.quantity,
    points,
    goodsName: goods.name,
    valueYuan: goods.valueYuan === null ? null : round(goods.valueYuan * request.quantity),
    status: RedemptionStatus.RESERVED,
    limitWindow: window,
    quotaHolderIds: quotas.map((q) => q.holderId),
    stockTaken: !goods.unlimited,
    pickupCode: '',
    pickupBy: addDays(today, goods.pickupDays),
    clientKey: request.clientKey,
    payloadHash: payload,
    onBehalfBy: request.onBehalf ? (tx.ctx.user?.id ?? null) : null,
    residentConfirmation: request.onBehalf?.residentConfirmation ?? null,
    createdBy: tx.ctx.user?.id ?? null,
  };
  const inserted = await insertWithFreshCode(tx, redemption);
  if ('existing' in inserted) return sameRequestOrConflict(inserted.existing, payload, request.clientKey);
  const available = lots.reduce((sum, l) => sum + Number(l.remaining), 0);
  if (available + 1e-9 < points) {
    throw BadInputException.field('quantity', `可兑换积分不足：需 ${points} 分，可用 ${round(available)} 分`);
  }
  const taken: { lotId: string; points: number }[] = [];
  let left = points;
  for (const lot of lots) {
    if (left <= 0) break;
    const take = Math.min(left, Number(lot.remaining));
    taken.push({ lotId: lot.id, points: round(take) });
    left = round(left - take);
  }

  // 3. The limits per person and per household in the good's window.
  for (const quota of quotas) {
    const words = `${LIMIT_PERIOD_WORDS[goods.limitPeriod]}${quota.who}限兑 ${quota.limit} 件`;
    if (request.quantity > quota.limit) throw BadInputException.field('quantity', `超过限兑数量：${words}`);
    const took = await preparedQuery(
      tx,
      `INSERT INTO redemption_quota (district_id, town_id, village_id, goods_id, holder_id, window_key, used)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (goods_id, holder_id, window_key)
       DO UPDATE SET used = redemption_quota.used + EXCLUDED.used
        WHERE redemption_quota.used + EXCLUDED.used <= $8
       RETURNING used`,
      [
        keys.districtId,
        keys.townId,
        keys.villageId,
        goods.id,
        quota.holderId,
        window,
        request.quantity,
        quota.limit,
      ],
    );
    if (affectedRows(took) === 0) throw BadInputException.field('quantity', `已达限兑数量：${words}`);
  }

  // 4. One statement: points off the lots and the balance, the stock (the hottest lock, so taken
  //    last but the chain), the first event, and — once the stock row is held — the chain's lock.
  const [held] = (await preparedQuery(
    tx,
    `WITH lots AS (
       UPDATE points_lot l SET remaining = l.remaining - t.points
         FROM unnest($1::uuid[], $2::numeric[]) AS t(id, points) WHERE l.id = t.id
       RETURNING l.id),
     debited AS (
       UPDATE points_account SET balance = balance - $4 WHERE id = $3 AND balance >= $4 RETURNING id),
     stocked AS (
       UPDATE goods SET stock = stock - $6 WHERE id = $5 AND $7::boolean AND stock >= $6 RETURNING id),
     event AS (
       INSERT INTO redemption_event (id, district_id, town_id, village_id, redemption_id, from_status,
                                     to_status, step, reason, client_key, created_by)
       VALUES ($8, $9, $10, $11, $12, NULL, $13, $14, $15, $16, $17) RETURNING id)
     SELECT h.debited, h.stocked,
            CASE WHEN h.debited = 1 AND (h.stocked = 1 OR NOT $7::boolean)
                 THEN pg_advisory_xact_lock(hashtext($18))::text END AS chain_locked
       FROM (SELECT (SELECT count(*) FROM lots) AS lots, (SELECT count(*) FROM debited)::int AS debited,
                    (SELECT count(*) FROM stocked)::int AS stocked, (SELECT count(*) FROM event) AS events
             OFFSET 0) h`,
    [
      taken.map((t) => t.lotId),
      taken.map((t) => t.points),
      accountId,
      points,
      goods.id,
      request.quantity,
      !goods.unlimited,
      randomUUID(),
      keys.districtId,
      keys.townId,
      keys.villageId,
      redemption.id,
      RedemptionStatus.RESERVED,
      request.onBehalf ? 'RESERVE_FOR' : 'RESERVE',
      request.onBehalf ? `代为兑换，村民确认：${request.onBehalf.residentConfirmation}` : null,
      request.clientKey,
      tx.ctx.user?.id ?? null,
      villagePointsLockKey(keys.villageId),
    ],
  )) as { debited: number; stocked: number }[];
  if (held.debited !== 1) throw BadInputException.field('quantity', `可兑换积分不足：需 ${points} 分`);
  if (!goods.unlimited && held.stocked !== 1) {
    const [now] = (await tx.query('SELECT stock FROM goods WHERE id = $1', [goods.id])) as {
      stock: number;
    }[];
    throw BadInputException.field('quantity', `库存不足：${goods.name}剩余 ${now?.stock ?? 0} 件`);
  }

  // 5. The spends, on the chain whose lock the statement above took.
  await appendMovements(
    tx,
    keys,
    taken.map((t) => ({
      kind: PointsMovementKind.SPEND,
      accountId,
      lotId: t.lotId,
      points: -t.points,
      occurredOn: today,
      redemptionId: redemption.id,
      reason: `兑换 ${goods.name} × ${request.quantity}（${shop.name}）`,
      idempotencyKey: `spend:${redemption.id}:${t.lotId}`,
    })),
    { chainLocked: true },
  );
  return Object.assign(new RedemptionEntity(), redemption, inserted, {
    refundRequestedBy: null,
    refundReason: null,
  });
}

/** The holder had no account yet: opened (two openers at once end with the one row), then locked. */
async function openedAccount(tx: TenantTx, keys: VillageKeys, holder: AccountHolder): Promise<string> {
  const ids = await ensureAccounts(tx, keys, [holder]);
  const id = ids.get(holderKey(holder)) as string;
  await tx.query('SELECT id FROM points_account WHERE id = $1 FOR UPDATE', [id]);
  return id;
}

/** What the good's rules need to know of the person: read only when the good has such rules. */
async function redeemerOf(tx: TenantTx, resident: ReservingResident, goods: GoodsEntity, today: string) {
  const byResults = goods.minStars !== null || goods.minGrade !== null;
  const final = byResults ? await finalYearResults(tx, resident.villageId) : null;
  return {
    subjectTypes: goods.subjectTypes.length ? await subjectTypesToday(tx, resident.id, today) : [],
    finalYear: final ? { year: final.year, result: final.results.get(resident.id) } : null,
  };
}

/**
 * Inserts the reservation with six digits unique among the shop's waiting reservations. Both unique
 * keys decide (ON CONFLICT DO NOTHING, no savepoint round trips): when the client key is taken — by a
 * retry's original, which the insert waited for — the existing reservation is returned; when only
 * the code is, another code is drawn.
 */
async function insertWithFreshCode(
  tx: TenantTx,
  row: Record<string, unknown> & { villageId: string; clientKey: string },
): Promise<{ pickupCode: string; createdAt: Date } | { existing: RedemptionEntity }> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const [created] = (await preparedQuery(
      tx,
      `INSERT INTO redemption (id, district_id, town_id, village_id, shop_id, goods_id, resident_id,
                               account_id, quantity, points, goods_name, value_yuan, status, limit_window,
                               quota_holder_ids, stock_taken, pickup_code, pickup_by, client_key,
                               payload_hash, on_behalf_by, resident_confirmation, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
               $21, $22, $23)
       ON CONFLICT DO NOTHING
       RETURNING created_at`,
      [
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
      ],
    )) as { created_at: Date }[];
    if (created) return { pickupCode: code, createdAt: created.created_at };
    const existing = await tx.findOne(RedemptionEntity, {
      where: { villageId: row.villageId, clientKey: row.clientKey },
    });
    if (existing) return { existing };
  }
  throw new ConflictException('取货码生成失败，请重试');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
