import { randomInt, randomUUID } from 'node:crypto';
import {
  addDays,
  BadInputException,
  ConflictException,
  notFound,
  payloadHash,
  todayInChina,
} from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { finalYearResults } from '@village/grading';
import { ResidentEntity, SubjectRoleEntity } from '@village/residents';
import { GoodsEntity } from '../shops/goods.entity';
import { ShopEntity } from '../shops/shop.entity';
import { ensureAccounts, holderOf, type AccountHolder } from '../points/points-accounts';
import { appendMovements, type VillageKeys } from '../points/points-chain';
import { PointsMovementKind } from '../points/points-enums';
import { effectivePointsPolicy } from '../points/points-policy';
import { whyNotEligible } from './eligibility';
import { LIMIT_PERIOD_WORDS, windowKey } from './limit-windows';
import { RedemptionEntity } from './redemption.entity';
import { RedemptionEventEntity } from './redemption-event.entity';
import { RedemptionStatus } from './redemption-enums';
import { affectedRows } from '../common/sql-results';

export interface ReserveRequest {
  goodsId: string;
  quantity: number;
  clientKey: string;
  /** A clerk reserving for a resident without a phone, with what the resident confirmed. */
  onBehalf?: { residentConfirmation: string };
}

/** Serialises requests carrying one client key, so a retry racing its original finds the first result. */
export async function lockClientKey(tx: TenantTx, villageId: string, clientKey: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`redemption:${villageId}:${clientKey}`]);
}

/** The shop serves the resident: a village's shop its own village, a town's shop every village of the town. */
export function shopServes(shop: ShopEntity, resident: ResidentEntity): boolean {
  return shop.villageId ? shop.villageId === resident.villageId : shop.townId === resident.townId;
}

async function subjectTypesToday(tx: TenantTx, residentId: string, today: string) {
  const roles = await tx.find(SubjectRoleEntity, { where: { residentId } });
  return roles
    .filter((r) => r.startDate <= today && (r.endDate === null || r.endDate >= today))
    .map((r) => r.subjectType);
}

/** The good and its shop as the caller sees them, and whether they serve `resident`; else NOT_FOUND. */
export async function servingGoods(
  tx: TenantTx,
  goodsId: string,
  resident: ResidentEntity,
): Promise<{ goods: GoodsEntity; shop: ShopEntity }> {
  const goods = await tx.findOne(GoodsEntity, { where: { id: goodsId } });
  const shop = goods ? await tx.findOne(ShopEntity, { where: { id: goods.shopId } }) : null;
  if (!goods || !shop || !shopServes(shop, resident)) throw notFound('goodsId', '商品');
  if (!shop.active) throw BadInputException.field('goodsId', `${shop.name}已停止营业`);
  return { goods, shop };
}

/**
 * Reserves a good for a resident (RESERVED: points and stock held, a pickup code). Everything is
 * decided in this one transaction by conditional statements, locks taken in one order — the client
 * key, the account, its lots, the quotas, the good's stock, the village's points chain — so parallel
 * requests give what one after another would: a stock of 10 gives exactly 10 reservations, a balance
 * never goes below 0, a limit is never passed. The same client key again returns the first
 * reservation; with another request, CONFLICT. Refusals name the field and the reason.
 */
export async function reserve(
  tx: TenantTx,
  resident: ResidentEntity,
  request: ReserveRequest,
  found?: { goods: GoodsEntity; shop: ShopEntity },
): Promise<RedemptionEntity> {
  const today = todayInChina();
  const payload = payloadHash({
    goodsId: request.goodsId,
    quantity: request.quantity,
    residentId: resident.id,
    onBehalf: request.onBehalf ?? null,
  });
  await lockClientKey(tx, resident.villageId, request.clientKey);
  const existing = await tx.findOne(RedemptionEntity, {
    where: { villageId: resident.villageId, clientKey: request.clientKey },
  });
  if (existing) {
    if (existing.payloadHash === payload) return existing;
    throw new ConflictException(`请求标识 ${request.clientKey} 已用于另一笔兑换`, [
      { field: 'clientKey', reasons: ['已用于另一笔兑换'] },
    ]);
  }
  const { goods, shop } = found ?? (await servingGoods(tx, request.goodsId, resident));
  const refusal = whyNotEligible(goods, await redeemerOf(tx, resident, goods, today), today);
  if (refusal) throw BadInputException.field('goodsId', refusal);
  const points = Math.round(goods.pricePoints * request.quantity * 100) / 100;

  // 1. The account, then its live lots, oldest-expiring first.
  const keys = { districtId: resident.districtId, townId: resident.townId, villageId: resident.villageId };
  const holder = holderOf(await effectivePointsPolicy(tx, resident), resident);
  const accountId = await lockedAccount(tx, keys, holder);
  const lots = (await tx.query(
    `SELECT id, remaining FROM points_lot
      WHERE account_id = $1 AND remaining > 0 AND (expires_on IS NULL OR expires_on >= $2)
      ORDER BY expires_on ASC NULLS LAST, id
      FOR UPDATE`,
    [accountId, today],
  )) as { id: string; remaining: string }[];
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

  // 2. The limits per person and per household in the good's window.
  const window = windowKey(goods.limitPeriod, today);
  const quotas = [
    { holderId: resident.id, limit: goods.limitPerPerson, who: '每人' },
    { holderId: resident.householdId, limit: goods.limitPerHousehold, who: '每户' },
  ].filter(
    (q): q is { holderId: string; limit: number; who: string } => q.limit !== null && q.holderId !== null,
  );
  for (const quota of quotas) {
    const words = `${LIMIT_PERIOD_WORDS[goods.limitPeriod]}${quota.who}限兑 ${quota.limit} 件`;
    if (request.quantity > quota.limit) throw BadInputException.field('quantity', `超过限兑数量：${words}`);
    const took = await tx.query(
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

  // 3. Points off the lots and the balance (the CHECKs are the backstop).
  await tx.query(
    `UPDATE points_lot l SET remaining = l.remaining - t.points
       FROM unnest($1::uuid[], $2::numeric[]) AS t(id, points) WHERE l.id = t.id`,
    [taken.map((t) => t.lotId), taken.map((t) => t.points)],
  );
  const debited = await tx.query(
    'UPDATE points_account SET balance = balance - $2 WHERE id = $1 AND balance >= $2 RETURNING balance',
    [accountId, points],
  );
  if (affectedRows(debited) === 0) {
    throw BadInputException.field('quantity', `可兑换积分不足：需 ${points} 分`);
  }

  // 4. The stock, decided by the row itself: the hottest lock, so taken last but the chain.
  if (!goods.unlimited) {
    const stocked = await tx.query(
      'UPDATE goods SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING stock',
      [goods.id, request.quantity],
    );
    if (affectedRows(stocked) === 0) {
      const [now] = (await tx.query('SELECT stock FROM goods WHERE id = $1', [goods.id])) as {
        stock: number;
      }[];
      throw BadInputException.field('quantity', `库存不足：${goods.name}剩余 ${now?.stock ?? 0} 件`);
    }
  }

  // 5. The reservation, its first event and the spends.
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
  await tx.insert(RedemptionEventEntity, {
    id: randomUUID(),
    ...keys,
    redemptionId: redemption.id,
    fromStatus: null,
    toStatus: RedemptionStatus.RESERVED,
    step: request.onBehalf ? 'RESERVE_FOR' : 'RESERVE',
    reason: request.onBehalf ? `代为兑换，村民确认：${request.onBehalf.residentConfirmation}` : null,
    clientKey: request.clientKey,
    createdBy: tx.ctx.user?.id ?? null,
  });
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
  );
  return Object.assign(new RedemptionEntity(), redemption, inserted, {
    refundRequestedBy: null,
    refundReason: null,
  });
}

/** The account's id, locked for this transaction; opened first when the holder has none yet. */
async function lockedAccount(tx: TenantTx, keys: VillageKeys, holder: AccountHolder): Promise<string> {
  const lock = () =>
    tx.query(
      holder.householdId
        ? 'SELECT id FROM points_account WHERE household_id = $1 FOR UPDATE'
        : 'SELECT id FROM points_account WHERE resident_id = $1 FOR UPDATE',
      [holder.householdId ?? holder.residentId],
    ) as Promise<{ id: string }[]>;
  const [row] = await lock();
  if (row) return row.id;
  await ensureAccounts(tx, keys, [holder]);
  const [opened] = await lock();
  return opened.id;
}

/** What the good's rules need to know of the person: read only when the good has such rules. */
async function redeemerOf(tx: TenantTx, resident: ResidentEntity, goods: GoodsEntity, today: string) {
  const byResults = goods.minStars !== null || goods.minGrade !== null;
  const final = byResults ? await finalYearResults(tx, resident.villageId) : null;
  return {
    subjectTypes: goods.subjectTypes.length ? await subjectTypesToday(tx, resident.id, today) : [],
    finalYear: final ? { year: final.year, result: final.results.get(resident.id) } : null,
  };
}

/**
 * Inserts the reservation with six digits unique among the shop's waiting reservations: the partial
 * unique index decides (ON CONFLICT DO NOTHING, then another code), with no savepoint round trips.
 */
async function insertWithFreshCode(
  tx: TenantTx,
  row: Record<string, unknown>,
): Promise<{ pickupCode: string; createdAt: Date }> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(RedemptionEntity)
      .values({ ...row, pickupCode: code })
      .orIgnore()
      .returning(['created_at'])
      .execute();
    const [created] = result.raw as { created_at: Date }[];
    if (created) return { pickupCode: code, createdAt: created.created_at };
  }
  throw new ConflictException('取货码生成失败，请重试');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
