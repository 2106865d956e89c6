import { randomUUID } from 'node:crypto';
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
import { SubjectRoleEntity, type ResidentEntity } from '@village/residents';
import { GoodsEntity } from '../shops/goods.entity';
import { ShopEntity } from '../shops/shop.entity';
import { ensureAccounts, holderKey, holderOf, type AccountHolder } from '../points/points-accounts';
import { appendMovements, type VillageKeys } from '../points/points-chain';
import { PointsAccountLevel, PointsMovementKind } from '../points/points-enums';
import { accountLevelInForce } from '../points/points-policy';
import { preparedQuery } from '../points/prepared-statement';
import { whyNotEligible } from './eligibility';
import { writeReservation } from './reserve-statement';
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
 * decided in this one transaction by conditional statements, locks taken in one order — the account
 * (read with everything else, reservationInputs), the client key (the reservation's unique key), its
 * lots, the quotas, the good's stock, the village's points chain — so parallel requests give what one
 * after another would: a stock of 10 gives exactly 10 reservations, a balance never goes below 0, a
 * limit is never passed. The same client key again returns the first reservation; with another
 * request, CONFLICT. Refusals name the field and the reason. Every reservation waits for the stock and
 * the chain, so the path after them is kept to as few statements as it can be: the movements, then
 * COMMIT (README "Redemptions under contention").
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

  // The account was locked as it was read; a holder without one has it opened (and locked) now.
  const keys = { districtId: resident.districtId, townId: resident.townId, villageId: resident.villageId };
  const accountId = inputs.accountId ?? (await openedAccount(tx, keys, inputs.holder));
  const window = windowKey(goods.limitPeriod, today);
  const quotas = [
    { holderId: resident.id, limit: goods.limitPerPerson, who: '每人' },
    { holderId: resident.householdId, limit: goods.limitPerHousehold, who: '每户' },
  ]
    .filter(
      (q): q is { holderId: string; limit: number; who: string } => q.limit !== null && q.holderId !== null,
    )
    .map((q) => ({ ...q, words: `${LIMIT_PERIOD_WORDS[goods.limitPeriod]}${q.who}限兑 ${q.limit} 件` }));
  for (const quota of quotas) {
    if (request.quantity > quota.limit) {
      throw BadInputException.field('quantity', `超过限兑数量：${quota.words}`);
    }
  }
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
    pickupBy: addDays(today, goods.pickupDays),
    clientKey: request.clientKey,
    payloadHash: payload,
    onBehalfBy: request.onBehalf ? (tx.ctx.user?.id ?? null) : null,
    residentConfirmation: request.onBehalf?.residentConfirmation ?? null,
    createdBy: tx.ctx.user?.id ?? null,
  };

  // One statement: the reservation, the lots, the limits, the balance, the stock, the first event and
  // the chain's lock, each only after the ones before it (reserve-statement.ts).
  const written = await writeReservation(tx, redemption, {
    today,
    quotaLimits: quotas.map((q) => q.limit),
    step: request.onBehalf ? 'RESERVE_FOR' : 'RESERVE',
    reason: request.onBehalf ? `代为兑换，村民确认：${request.onBehalf.residentConfirmation}` : null,
  });
  if ('existing' in written) return sameRequestOrConflict(written.existing, payload, request.clientKey);
  if (written.available + 1e-9 < points) {
    throw BadInputException.field(
      'quantity',
      `可兑换积分不足：需 ${points} 分，可用 ${round(written.available)} 分`,
    );
  }
  const full = quotas.find((q) => !written.quotasTaken.includes(q.holderId));
  if (full) throw BadInputException.field('quantity', `已达限兑数量：${full.words}`);
  if (!written.debited) throw BadInputException.field('quantity', `可兑换积分不足：需 ${points} 分`);
  if (!goods.unlimited && !written.stocked) {
    const [now] = (await tx.query('SELECT stock FROM goods WHERE id = $1', [goods.id])) as {
      stock: number;
    }[];
    throw BadInputException.field('quantity', `库存不足：${goods.name}剩余 ${now?.stock ?? 0} 件`);
  }

  // The spends, on the chain whose lock the statement above took.
  await appendMovements(
    tx,
    keys,
    written.taken.map((t) => ({
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
  return Object.assign(new RedemptionEntity(), redemption, {
    pickupCode: written.pickupCode,
    createdAt: written.createdAt,
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

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
