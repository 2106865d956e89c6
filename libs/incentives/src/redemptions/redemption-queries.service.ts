import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { notFound, Permission, todayInChina, UnauthenticatedException } from '@village/platform-common';
import { OrgUnitEntity, RequestContext, TenantDb } from '@village/platform-tenancy';
import { finalYearResults } from '@village/grading';
import { ownResident, SubjectRoleEntity } from '@village/residents';
import { GoodsEntity } from '../shops/goods.entity';
import { ShopEntity } from '../shops/shop.entity';
import { StockMovementEntity } from '../shops/stock-movement.entity';
import { holderOf } from '../points/points-accounts';
import { PointsAccountEntity } from '../points/points-account.entity';
import { effectivePointsPolicy } from '../points/points-policy';
import { whyNotEligible } from './eligibility';
import { LIMIT_PERIOD_WORDS, windowKey } from './limit-windows';
import { RedemptionEntity } from './redemption.entity';
import { RedemptionStatus } from './redemption-enums';
import { RedemptionQuotaEntity } from './redemption-quota.entity';
import { shopServes } from './reserve';

export interface GoodsOffer {
  goods: GoodsEntity;
  /** Why the resident may not redeem it now (rules, stock, balance, limits), or null when they may. */
  whyNot: string | null;
}

export interface ShopOffers {
  shop: ShopEntity;
  offers: GoodsOffer[];
}

/** What residents, clerks and admins read about shops and redemptions. */
@Injectable()
export class RedemptionQueriesService {
  constructor(private readonly db: TenantDb) {}

  /** The shops serving the signed-in resident, each good with whether they may redeem it now and why not. */
  myShops(ctx: RequestContext): Promise<{ balance: number; shops: ShopOffers[] }> {
    return this.db.run(ctx, async (tx) => {
      const resident = await ownResident(tx);
      if (!resident) throw new UnauthenticatedException('请以村民本人账号登录');
      const today = todayInChina();
      const village = await tx.findOneByOrFail(OrgUnitEntity, { id: resident.villageId });
      const holder = holderOf(await effectivePointsPolicy(tx, village), resident);
      const account = await tx.findOne(PointsAccountEntity, {
        where: holder.householdId ? { householdId: holder.householdId } : { residentId: resident.id },
      });
      const [live] = account
        ? ((await tx.query(
            `SELECT coalesce(sum(remaining), 0) AS total FROM points_lot
              WHERE account_id = $1 AND remaining > 0 AND (expires_on IS NULL OR expires_on >= $2)`,
            [account.id, today],
          )) as { total: string }[])
        : [{ total: '0' }];
      const balance = Number(live.total);
      const shops = (await tx.find(ShopEntity, { where: { active: true }, order: { name: 'ASC' } })).filter(
        (s) => shopServes(s, resident),
      );
      const goods = shops.length
        ? await tx.find(GoodsEntity, {
            where: { shopId: In(shops.map((s) => s.id)), active: true },
            order: { pricePoints: 'ASC', name: 'ASC' },
          })
        : [];
      const final = await finalYearResults(tx, resident.villageId);
      const roles = await tx.find(SubjectRoleEntity, { where: { residentId: resident.id } });
      const who = {
        subjectTypes: roles
          .filter((r) => r.startDate <= today && (r.endDate === null || r.endDate >= today))
          .map((r) => r.subjectType),
        finalYear: final ? { year: final.year, result: final.results.get(resident.id) } : null,
      };
      const quotas = goods.length
        ? await tx.find(RedemptionQuotaEntity, { where: { goodsId: In(goods.map((g) => g.id)) } })
        : [];
      const usedOf = (goodsId: string, holderId: string | null, window: string) =>
        quotas.find((q) => q.goodsId === goodsId && q.holderId === holderId && q.windowKey === window)
          ?.used ?? 0;
      const offerOf = (g: GoodsEntity): GoodsOffer => {
        const rule = whyNotEligible(g, who, today);
        if (rule) return { goods: g, whyNot: rule };
        if (!g.unlimited && g.stock < 1) return { goods: g, whyNot: '已兑完，等待补货' };
        if (balance < g.pricePoints) {
          return { goods: g, whyNot: `积分不足：需 ${g.pricePoints} 分，可用 ${balance} 分` };
        }
        const window = windowKey(g.limitPeriod, today);
        const words = LIMIT_PERIOD_WORDS[g.limitPeriod];
        if (g.limitPerPerson !== null && usedOf(g.id, resident.id, window) >= g.limitPerPerson) {
          return { goods: g, whyNot: `已达限兑数量：${words}每人限兑 ${g.limitPerPerson} 件` };
        }
        if (
          g.limitPerHousehold !== null &&
          resident.householdId &&
          usedOf(g.id, resident.householdId, window) >= g.limitPerHousehold
        ) {
          return { goods: g, whyNot: `已达限兑数量：${words}每户限兑 ${g.limitPerHousehold} 件` };
        }
        return { goods: g, whyNot: null };
      };
      return {
        balance,
        shops: shops.map((shop) => ({
          shop,
          offers: goods.filter((g) => g.shopId === shop.id).map(offerOf),
        })),
      };
    });
  }

  myRedemptions(ctx: RequestContext): Promise<RedemptionEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const resident = await ownResident(tx);
      if (!resident) throw new UnauthenticatedException('请以村民本人账号登录');
      return tx.find(RedemptionEntity, {
        where: { residentId: resident.id },
        order: { createdAt: 'DESC' },
        take: 100,
      });
    });
  }

  /** Shops the caller manages or serves at (every shop in scope; not those only readable from below). */
  shops(ctx: RequestContext): Promise<ShopEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const shops = await tx.find(ShopEntity, { order: { name: 'ASC' } });
      return shops.filter(
        (s) =>
          ctx.can(Permission.SHOP_MANAGE, s) ||
          ctx.can(Permission.REDEMPTION_COUNTER, s) ||
          ctx.can(Permission.POINTS_READ, s),
      );
    });
  }

  shop(ctx: RequestContext, shopId: string): Promise<ShopEntity> {
    return this.db.run(ctx, async (tx) => {
      const shop = await tx.findOne(ShopEntity, { where: { id: shopId } });
      if (!shop) throw notFound('shopId', '兑换点');
      return shop;
    });
  }

  goodsOf(ctx: RequestContext, shopId: string): Promise<GoodsEntity[]> {
    return this.db.run(ctx, (tx) => tx.find(GoodsEntity, { where: { shopId }, order: { name: 'ASC' } }));
  }

  stockMovements(ctx: RequestContext, goodsId: string): Promise<StockMovementEntity[]> {
    return this.db.run(ctx, (tx) =>
      tx.find(StockMovementEntity, { where: { goodsId }, order: { createdAt: 'DESC' }, take: 200 }),
    );
  }

  /** A shop's redemptions (its clerks, its admins, point readers in scope), newest first. */
  shopRedemptions(
    ctx: RequestContext,
    shopId: string,
    status: RedemptionStatus | null,
  ): Promise<RedemptionEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const shop = await tx.findOne(ShopEntity, { where: { id: shopId } });
      const allowed =
        shop &&
        (ctx.can(Permission.REDEMPTION_COUNTER, shop) ||
          ctx.can(Permission.SHOP_MANAGE, shop) ||
          ctx.can(Permission.POINTS_READ, shop));
      if (!shop || !allowed) throw notFound('shopId', '兑换点');
      return tx.find(RedemptionEntity, {
        where: { shopId: shop.id, ...(status ? { status } : {}) },
        order: { createdAt: 'DESC' },
        take: 200,
      });
    });
  }
}
