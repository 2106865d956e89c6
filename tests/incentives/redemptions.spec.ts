import { randomUUID } from 'node:crypto';
import { addDays, Role, SubjectType } from '@village/platform-common';
import {
  PointsAccountLevel,
  PointsExpiryMode,
  PointsFiguresService,
  PointsService,
  RedemptionService,
} from '@village/incentives';
import { ScoreTrack } from '@village/rulebook';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { countStatements } from '../support/statement-counter';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeClerk,
  arrangeDistrict,
  arrangeFinalQuarter,
  arrangeGoods,
  arrangeHousehold,
  arrangePointsVillage,
  arrangeResident,
  arrangeResidentLogin,
  arrangeRulebook,
  arrangeShop,
  arrangeTown,
  arrangeTownManual,
  arrangeUser,
  systemContext,
  TEN_POINT_DEED,
  type ArrangedDistrict,
} from '../support/arrange';
import type { OrgRef } from '@village/platform-tenancy';

/**
 * Redemption without overselling (issue 13, DOMAIN.md §10, STACK.md "Redemption without overselling"):
 * points earned in lots when a quarter is final, spent oldest-expiring first, reserved in parallel
 * with the serial result, given back exactly, expired once; shops serve their village or their town.
 */

const YEAR = DEMO_YEAR;

const RESERVE_FOR = graphql(`
  mutation RedeemFor($input: ReserveRedemptionForInput!) {
    reserveRedemptionFor(input: $input) {
      id
      status
      points
      residentId
      pickupCode
    }
  }
`);
const RESERVE = graphql(`
  mutation RedeemOwn($input: ReserveRedemptionInput!) {
    reserveRedemption(input: $input) {
      id
      status
      points
      pickupCode
    }
  }
`);
const MY_SHOPS = graphql(`
  query RedeemMyShops {
    myShops {
      balance
      shops {
        shop {
          id
          name
          townShop
        }
        offers {
          goods {
            id
          }
          canRedeem
          whyNot
        }
      }
    }
  }
`);
const MY_POINTS = graphql(`
  query RedeemMyPoints {
    myPoints {
      balance
      lots {
        id
        amount
        remaining
        expiresOn
      }
      movements {
        kind
        points
        lotId
      }
    }
  }
`);
const PICKUP = graphql(`
  mutation RedeemPickup($input: ConfirmPickupInput!) {
    confirmPickup(input: $input) {
      id
      status
    }
  }
`);
const SET_POLICY = graphql(`
  mutation RedeemSetPolicy($input: SetPointsPolicyInput!) {
    setPointsPolicy(input: $input) {
      expiryMode
      validityMonths
    }
  }
`);

describe('redeemable points and redemptions', () => {
  let t: TestApp;
  let district: ArrangedDistrict;
  let town: OrgRef;
  let otherTown: OrgRef;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    district = await arrangeDistrict(t);
    town = await arrangeTown(t, district.unit);
    otherTown = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town, otherTown]);
    // Lots last 12 months from their credit: a Q1 lot expires before a Q2 lot.
    const admin = await arrangeUser(t, district.unit, Role.DISTRICT_ADMIN);
    const policy = {
      unitId: district.unit.id,
      tracks: [ScoreTrack.CREDIT],
      rate: 1,
      deductionsReduce: false,
      accountLevel: PointsAccountLevel.RESIDENT,
      expiryMode: PointsExpiryMode.NONE,
      resetMonthDay: null,
      validityMonths: 12,
    };
    expect(expectOk(await t.gql(SET_POLICY, { input: policy }, admin.token)).setPointsPolicy).toEqual({
      expiryMode: 'NONE',
      validityMonths: 12,
    });
  }, 120000);
  afterAll(() => t.close());

  it('credits lots when a quarter becomes final and spends the oldest-expiring first', async () => {
    const { village, residents } = await arrangePointsVillage(t, town, YEAR, [[1, 1]]);
    const login = await arrangeResidentLogin(t, village, residents[0].id);
    const before = expectOk(await t.gql(MY_POINTS, {}, login.token)).myPoints;
    expect(before.balance).toBe(20);
    expect(before.lots.map((l) => l.amount)).toEqual([10, 10]);
    const [q1, q2] = before.lots;
    expect((q1.expiresOn as string) < (q2.expiresOn as string)).toBe(true);
    expect(before.movements.map((m) => m.kind)).toEqual(['EARN', 'EARN']);

    const shop = await arrangeShop(t, { village });
    const goods = await arrangeGoods(t, village.admin, shop, { pricePoints: 15 });
    const reserved = expectOk(
      await t.gql(
        RESERVE,
        { input: { goodsId: goods.id, quantity: 1, clientKey: randomUUID() } },
        login.token,
      ),
    ).reserveRedemption;
    expect(reserved).toMatchObject({
      status: 'RESERVED',
      points: 15,
      pickupCode: expect.stringMatching(/^\d{6}$/),
    });
    const after = expectOk(await t.gql(MY_POINTS, {}, login.token)).myPoints;
    // All 10 of the Q1 lot, 5 of the Q2 lot.
    expect(after.balance).toBe(5);
    expect(after.lots).toEqual([expect.objectContaining({ id: q2.id, remaining: 5 })]);
    expect(after.movements.slice(0, 2)).toEqual([
      { kind: 'SPEND', points: -5, lotId: q2.id },
      { kind: 'SPEND', points: -10, lotId: q1.id },
    ]);

    // Cancelled: each lot gets back exactly what it gave.
    await t.app
      .get(RedemptionService)
      .cancel(login.ctx, { redemptionId: reserved.id, reason: '不要了', clientKey: randomUUID() });
    const back = expectOk(await t.gql(MY_POINTS, {}, login.token)).myPoints;
    expect(back.balance).toBe(20);
    expect(back.lots.map((l) => [l.id, l.remaining])).toEqual([
      [q1.id, 10],
      [q2.id, 10],
    ]);
    const check = await t.app.get(PointsService).checkChain(village.council.ctx, village.id);
    expect(check).toEqual({ ok: true, entries: 6, firstBrokenSeq: null, balancesMatch: true });
  }, 120000);

  it('gives 64 parallel redemptions of a stock of 10 exactly 10, within balances and limits', async () => {
    // 16 residents: eight with 20 points, eight with 10; each may take 2 a quarter.
    const deeds = Array.from({ length: 16 }, (_, i) => [i < 8 ? 2 : 1]);
    const { village, residents } = await arrangePointsVillage(t, town, YEAR, deeds);
    const shop = await arrangeShop(t, { village });
    const goods = await arrangeGoods(t, village.admin, shop, { stock: 10, limitPerPerson: 2 });
    const clerk = await arrangeClerk(t, village.unit);
    const attempts = Array.from({ length: 64 }, (_, i) =>
      t.gql(
        RESERVE_FOR,
        {
          input: {
            goodsId: goods.id,
            residentId: residents[i % 16].id,
            quantity: 1,
            clientKey: randomUUID(),
            residentConfirmation: '本人到场确认',
          },
        },
        clerk.token,
      ),
    );
    const results = await Promise.all(attempts);
    const reserved = results.filter((r) => !r.errors).map((r) => r.data?.reserveRedemptionFor);
    const refusals = results.filter((r) => r.errors).map((r) => r.errors?.[0]);
    expect(reserved).toHaveLength(10);
    // Every refusal is a user-facing reason, none an internal error.
    for (const refusal of refusals) {
      expect(refusal?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refusal?.message).toMatch(/库存不足|积分不足|限兑/);
    }
    const perResident = new Map<string, number>();
    for (const r of reserved)
      perResident.set(r?.residentId as string, (perResident.get(r?.residentId as string) ?? 0) + 1);
    residents.forEach((resident, i) => {
      const taken = perResident.get(resident.id) ?? 0;
      expect(taken).toBeLessThanOrEqual(i < 8 ? 2 : 1);
    });
    const [stock] = (await t.db.adminQuery(
      `SELECT g.stock,
              (SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE goods_id = g.id) AS moved,
              (SELECT coalesce(sum(quantity), 0) FROM redemption WHERE goods_id = g.id AND status IN ('RESERVED', 'PICKED_UP')) AS held
         FROM goods g WHERE g.id = $1`,
      [goods.id],
    )) as { stock: number; moved: string; held: string }[];
    expect(stock).toEqual({ stock: 0, moved: '10', held: '10' });
    const [negative] = (await t.db.adminQuery(
      `SELECT count(*) AS n FROM points_account WHERE village_id = $1 AND balance < 0`,
      [village.id],
    )) as { n: string }[];
    expect(negative.n).toBe('0');
    const check = await t.app.get(PointsService).checkChain(village.council.ctx, village.id);
    expect(check).toMatchObject({ ok: true, balancesMatch: true });
    // The fund's figures: 8 × 20 + 8 × 10 issued, 10 × 10 taken by reservations, the rest outstanding.
    const figures = await t.app
      .get(PointsFiguresService)
      .figures(village.council.ctx, village.id, `${YEAR}-01-01`, `${YEAR + 1}-12-31`);
    expect(figures.villages).toEqual([
      expect.objectContaining({
        villageId: village.id,
        issued: 240,
        redeemed: 100,
        expired: 0,
        outstanding: 140,
      }),
    ]);
    expect(figures.shops).toEqual([]);
  }, 180000);

  it('reserves in six statements, BEGIN and COMMIT included (the path every reservation waits on)', async () => {
    const { village, residents } = await arrangePointsVillage(t, town, YEAR, [[2]]);
    const shop = await arrangeShop(t, { village });
    // Quotes, a backslash and Chinese in the reason the statement hashes: it must hash as Node does.
    const goods = await arrangeGoods(t, village.admin, shop, { stock: 5, name: '洗衣液 "大瓶" \\ 装' });
    const clerk = await arrangeClerk(t, village.unit);
    const service = t.app.get(RedemptionService);
    const one = () =>
      service.reserveFor(clerk.ctx, residents[0].id, {
        goodsId: goods.id,
        quantity: 1,
        clientKey: randomUUID(),
        onBehalf: { residentConfirmation: '本人签字' },
      });
    await one(); // the account exists from the first
    const counter = countStatements(t.app);
    try {
      const statements = await counter.during(one);
      expect(statements).toHaveLength(6);
    } finally {
      counter.restore();
    }
    const check = await t.app.get(PointsService).checkChain(village.council.ctx, village.id);
    expect(check).toMatchObject({ ok: true, entries: 3, balancesMatch: true });
  }, 120000);

  it('refuses past a limit or the points with the reason, and none of a refusal stays', async () => {
    const { village, residents } = await arrangePointsVillage(t, town, YEAR, [[2]]);
    const shop = await arrangeShop(t, { village });
    const limited = await arrangeGoods(t, village.admin, shop, { stock: 5, limitPerPerson: 1 });
    const dear = await arrangeGoods(t, village.admin, shop, { stock: 5, pricePoints: 30 });
    const clerk = await arrangeClerk(t, village.unit);
    const service = t.app.get(RedemptionService);
    const reserve = (goodsId: string, quantity = 1) =>
      service.reserveFor(clerk.ctx, residents[0].id, {
        goodsId,
        quantity,
        clientKey: randomUUID(),
        onBehalf: { residentConfirmation: '本人签字' },
      });
    await reserve(limited.id);
    await expect(reserve(limited.id)).rejects.toThrow('已达限兑数量：每季度每人限兑 1 件');
    await expect(reserve(limited.id, 2)).rejects.toThrow('超过限兑数量：每季度每人限兑 1 件');
    await expect(reserve(dear.id)).rejects.toThrow('可兑换积分不足：需 30 分，可用 10 分');
    const [after] = (await t.db.adminQuery(
      `SELECT (SELECT balance FROM points_account WHERE resident_id = $1) AS balance,
              (SELECT sum(remaining) FROM points_lot l JOIN points_account a ON a.id = l.account_id
                WHERE a.resident_id = $1) AS lots,
              (SELECT stock FROM goods WHERE id = $2) AS limited, (SELECT stock FROM goods WHERE id = $3) AS dear,
              (SELECT sum(used) FROM redemption_quota WHERE goods_id = $2) AS used,
              (SELECT count(*) FROM redemption WHERE resident_id = $1) AS redemptions,
              (SELECT count(*) FROM redemption_event e JOIN redemption r ON r.id = e.redemption_id
                WHERE r.resident_id = $1) AS events`,
      [residents[0].id, limited.id, dear.id],
    )) as Record<string, string | number>[];
    expect(after).toEqual({
      balance: '10.00',
      lots: '10.00',
      limited: 4,
      dear: 5,
      used: '1',
      redemptions: '1',
      events: '1',
    });
    const check = await t.app.get(PointsService).checkChain(village.council.ctx, village.id);
    expect(check).toMatchObject({ ok: true, entries: 2, balancesMatch: true });
  }, 120000);

  it("spends a household's points from its one account, one of two members within the household's limit", async () => {
    // A town whose policy keeps accounts per household; two members join a household, then earn.
    const houseTown = await arrangeTown(t, district.unit);
    await arrangeTownManual(t, houseTown, town, YEAR);
    const { village, periods } = await arrangePointsVillage(t, houseTown, YEAR, [[0]]);
    const householdId = await arrangeHousehold(t, village);
    const members = [
      await arrangeResident(t, village, { roles: [SubjectType.VILLAGER], householdId }),
      await arrangeResident(t, village, { roles: [SubjectType.VILLAGER], householdId }),
    ];
    const admin = await arrangeUser(t, district.unit, Role.DISTRICT_ADMIN);
    const policy = {
      unitId: houseTown.id,
      tracks: [ScoreTrack.CREDIT],
      rate: 1,
      deductionsReduce: false,
      accountLevel: PointsAccountLevel.HOUSEHOLD,
      expiryMode: PointsExpiryMode.NONE,
      resetMonthDay: null,
      validityMonths: 12,
    };
    expectOk(await t.gql(SET_POLICY, { input: policy }, admin.token));
    t.setToday(`${YEAR}-05-15`);
    for (const member of members) {
      await arrangeApprovedAct(t, village, {
        residentId: member.id,
        itemCode: TEN_POINT_DEED.code,
        actedOn: `${YEAR}-05-10`,
        points: 10,
      });
    }
    await arrangeFinalQuarter(t, village, periods, 2);

    const shop = await arrangeShop(t, { village });
    const goods = await arrangeGoods(t, village.admin, shop, { stock: 5, limitPerHousehold: 1 });
    const clerk = await arrangeClerk(t, village.unit);
    const service = t.app.get(RedemptionService);
    const results = await Promise.allSettled(
      members.map((m) =>
        service.reserveFor(clerk.ctx, m.id, {
          goodsId: goods.id,
          quantity: 1,
          clientKey: randomUUID(),
          onBehalf: { residentConfirmation: '户主到场' },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(String(refused?.reason)).toContain('已达限兑数量：每季度每户限兑 1 件');
    const points = t.app.get(PointsService);
    for (const member of members) {
      const statement = await points.residentStatement(village.council.ctx, member.id);
      expect(statement.account).toMatchObject({ householdId, residentId: null, balance: 10 });
    }
    expect(await points.checkChain(village.council.ctx, village.id)).toMatchObject({
      ok: true,
      balancesMatch: true,
    });
  }, 180000);

  it('reserves once for a retried request, and refuses the same key for another request', async () => {
    // Exactly enough for one: a retry that judged the balance after its original had spent it would fail.
    const { village, residents } = await arrangePointsVillage(t, town, YEAR, [[1]]);
    const shop = await arrangeShop(t, { village });
    const goods = await arrangeGoods(t, village.admin, shop, { stock: 5 });
    const other = await arrangeGoods(t, village.admin, shop, { stock: 5 });
    const clerk = await arrangeClerk(t, village.unit);
    const input = {
      goodsId: goods.id,
      residentId: residents[0].id,
      quantity: 1,
      clientKey: randomUUID(),
      residentConfirmation: '本人签字',
    };
    const tries = await Promise.all([1, 2, 3, 4, 5, 6].map(() => t.gql(RESERVE_FOR, { input }, clerk.token)));
    const ids = tries.map((r) => expectOk(r).reserveRedemptionFor.id);
    expect(new Set(ids).size).toBe(1);
    const points = await t.app.get(PointsService).residentStatement(village.council.ctx, residents[0].id);
    expect(points.account?.balance).toBe(0);
    const conflict = await t.gql(RESERVE_FOR, { input: { ...input, goodsId: other.id } }, clerk.token);
    expect(errorCode(conflict)).toBe('CONFLICT');
    expect(conflict.errors?.[0].message).toContain('已用于另一笔兑换');
  }, 120000);

  it('returns exactly the points and stock on expiry and on a refund signed by a second cadre', async () => {
    const { village, residents } = await arrangePointsVillage(t, town, YEAR, [[2], [2]]);
    const shop = await arrangeShop(t, { village });
    const goods = await arrangeGoods(t, village.admin, shop, { stock: 4, pickupDays: 3 });
    const clerk = await arrangeClerk(t, village.unit);
    const redemptions = t.app.get(RedemptionService);
    const reserveFor = (residentId: string) =>
      redemptions.reserveFor(clerk.ctx, residentId, {
        goodsId: goods.id,
        quantity: 1,
        clientKey: randomUUID(),
        onBehalf: { residentConfirmation: '本人到场' },
      });
    const waiting = await reserveFor(residents[0].id);
    const picked = await reserveFor(residents[1].id);
    await redemptions.confirmPickup(clerk.ctx, {
      shopId: shop.id,
      pickupCode: picked.pickupCode,
      clientKey: randomUUID(),
    });

    // Not picked up by its last day: the job expires it, twice run, once done.
    const system = systemContext(district.unit, Role.DISTRICT_ADMIN);
    const afterDeadline = addDays(waiting.pickupBy, 1);
    expect(await redemptions.expireOverdue(system, afterDeadline)).toBe(1);
    expect(await redemptions.expireOverdue(system, afterDeadline)).toBe(0);
    const points = t.app.get(PointsService);
    expect((await points.residentStatement(village.council.ctx, residents[0].id)).account?.balance).toBe(20);

    // A refund needs the clerk's request and another cadre's approval.
    const requested = await redemptions.requestRefund(clerk.ctx, {
      redemptionId: picked.id,
      reason: '包装破损，退回',
      clientKey: randomUUID(),
    });
    expect(requested.refundRequestedBy).toBe(clerk.id);
    await expect(
      t.app
        .get(RedemptionService)
        .approveRefund(clerk.ctx, { redemptionId: picked.id, clientKey: randomUUID() }),
    ).rejects.toThrow();
    const refunded = await redemptions.approveRefund(village.council.ctx, {
      redemptionId: picked.id,
      clientKey: randomUUID(),
    });
    expect(refunded.status).toBe('REFUNDED');
    expect((await points.residentStatement(village.council.ctx, residents[1].id)).account?.balance).toBe(20);
    const [row] = (await t.db.adminQuery('SELECT stock FROM goods WHERE id = $1', [goods.id])) as {
      stock: number;
    }[];
    expect(row.stock).toBe(4);
    expect(await points.checkChain(village.council.ctx, village.id)).toMatchObject({
      ok: true,
      balancesMatch: true,
    });
  }, 120000);

  it('expires lots oldest first, and the job run twice writes its movements once', async () => {
    const { village, residents } = await arrangePointsVillage(t, town, YEAR, [[1, 1]]);
    const points = t.app.get(PointsService);
    const lots = (await points.residentStatement(village.council.ctx, residents[0].id)).lots;
    const [q1, q2] = lots;
    const dayAfterQ1 = addDays(q1.expiresOn as string, 1);
    const system = systemContext(village.unit, Role.VILLAGE_ADMIN);
    expect(await points.expire(system, dayAfterQ1)).toBe(1);
    expect(await points.expire(system, dayAfterQ1)).toBe(0);
    const after = await points.residentStatement(village.council.ctx, residents[0].id);
    expect(after.account?.balance).toBe(10);
    expect(after.lots.map((l) => l.id)).toEqual([q2.id]);
    expect(after.movements.filter((m) => m.kind === 'EXPIRE')).toEqual([
      expect.objectContaining({ lotId: q1.id, points: -10 }),
    ]);
    expect(await points.checkChain(village.council.ctx, village.id)).toMatchObject({
      ok: true,
      balancesMatch: true,
    });
  }, 120000);

  it("serves a village's residents in its shop, every village of the town in the town's shop, and refuses by stars", async () => {
    const a = await arrangePointsVillage(t, town, YEAR, [[2]]);
    const b = await arrangePointsVillage(t, town, YEAR, [[2]]);
    const c = await arrangePointsVillage(t, otherTown, YEAR, [[2]]);
    const villageShop = await arrangeShop(t, { village: a.village });
    const villageGoods = await arrangeGoods(t, a.village.admin, villageShop);
    const starred = await arrangeGoods(t, a.village.admin, villageShop, { minStars: 4, name: '四星专享' });
    const townShop = await arrangeShop(t, { town });
    const townAdmin = await arrangeUser(t, town, Role.TOWN_ADMIN);
    const service = await arrangeGoods(t, townAdmin, townShop, {
      unlimited: true,
      isService: true,
      name: '农机深耕',
    });
    const [inA, inB, inC] = await Promise.all(
      [a, b, c].map((v) => arrangeResidentLogin(t, v.village, v.residents[0].id)),
    );

    // B (same town) sees the town's shop only; C (another town) sees neither.
    const seenByB = expectOk(await t.gql(MY_SHOPS, {}, inB.token)).myShops.shops.map((s) => s.shop.id);
    expect(seenByB).toEqual([townShop.id]);
    expect(expectOk(await t.gql(MY_SHOPS, {}, inC.token)).myShops.shops).toEqual([]);
    const reserve = (goodsId: string, token: string) =>
      t.gql(RESERVE, { input: { goodsId, quantity: 1, clientKey: randomUUID() } }, token);
    const refused = await reserve(villageGoods.id, inB.token);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(refused.errors?.[0].message).toContain('goodsId');
    expect(errorCode(await reserve(service.id, inC.token))).toBe('NOT_FOUND');
    expect(expectOk(await reserve(service.id, inB.token)).reserveRedemption.status).toBe('RESERVED');
    expect(expectOk(await reserve(villageGoods.id, inA.token)).reserveRedemption.status).toBe('RESERVED');

    // Stars: the reason is named, on the phone's list and on reserving.
    const offers = expectOk(await t.gql(MY_SHOPS, {}, inA.token)).myShops.shops.flatMap((s) => s.offers);
    expect(offers.find((o) => o.goods.id === starred.id)).toMatchObject({
      canRedeem: false,
      whyNot: '需 4 星及以上，您尚无定案的年度星级',
    });
    const byStars = await reserve(starred.id, inA.token);
    expect(errorCode(byStars)).toBe('BAD_USER_INPUT');
    expect(byStars.errors?.[0].message).toContain('需 4 星及以上');
    // A clerk of village A cannot confirm at the town's counter.
    const clerkA = await arrangeClerk(t, a.village.unit);
    const pickup = await t.gql(
      PICKUP,
      { input: { shopId: townShop.id, pickupCode: '000000', clientKey: randomUUID() } },
      clerkA.token,
    );
    expect(errorCode(pickup)).toMatch(/NOT_FOUND|FORBIDDEN/);
  }, 180000);
});
