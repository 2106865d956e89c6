import { Injectable } from '@nestjs/common';
import { BadInputException, notFound, Permission } from '@village/platform-common';
import { OrgUnitEntity, RequestContext, TenantDb } from '@village/platform-tenancy';

export interface VillagePointsFigures {
  villageId: string;
  villageName: string;
  issued: number;
  redeemed: number;
  expired: number;
  outstanding: number;
}

export interface ShopFigures {
  shopId: string;
  shopName: string;
  pickedUp: number;
  points: number;
  valueYuan: number;
}

/**
 * The fund's figures (DOMAIN.md §10) from the points ledger and the redemptions, for the villages a
 * viewer reaches under a unit, between two dates (inclusive):
 * issued = EARN movements; redeemed = points taken by reservations less what releases gave back;
 * expired = EXPIRE movements; outstanding = the balances now; per shop, the redemptions picked up in
 * the window (by their pickup date), their points and their value in yuan (refunded ones excluded).
 */
@Injectable()
export class PointsFiguresService {
  constructor(private readonly db: TenantDb) {}

  figures(
    ctx: RequestContext,
    unitId: string,
    from: string,
    to: string,
  ): Promise<{ villages: VillagePointsFigures[]; shops: ShopFigures[] }> {
    if (from > to) throw BadInputException.field('to', '结束日期不能早于开始日期');
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: unitId } });
      if (!unit || !ctx.can(Permission.POINTS_READ, unit)) throw notFound('unitId', '组织单元');
      const under =
        'COALESCE(v.village_id, v.id) = v.id AND (v.district_id = $1) AND ($2::uuid IS NULL OR v.town_id = $2) AND ($3::uuid IS NULL OR v.id = $3)';
      const params = [unit.districtId, unit.townId, unit.villageId, from, to];
      const villages = (await tx.query(
        `SELECT v.id AS village_id, v.name AS village_name,
                coalesce(sum(m.points) FILTER (WHERE m.kind = 'EARN'), 0) AS issued,
                coalesce(-sum(m.points) FILTER (WHERE m.kind IN ('SPEND', 'RELEASE')), 0) AS redeemed,
                coalesce(-sum(m.points) FILTER (WHERE m.kind = 'EXPIRE'), 0) AS expired,
                (SELECT coalesce(sum(balance), 0) FROM points_account a WHERE a.village_id = v.id) AS outstanding
           FROM org_unit v
           LEFT JOIN points_movement m ON m.village_id = v.id AND m.occurred_on BETWEEN $4 AND $5
          WHERE v.level = 'VILLAGE' AND ${under}
          GROUP BY v.id, v.name
          ORDER BY v.code`,
        params,
      )) as Record<string, string>[];
      const shops = (await tx.query(
        `SELECT s.id AS shop_id, s.name AS shop_name, count(r.id) AS picked_up,
                coalesce(sum(r.points), 0) AS points, coalesce(sum(r.value_yuan), 0) AS value_yuan
           FROM shop s
           JOIN redemption r ON r.shop_id = s.id AND r.status = 'PICKED_UP'
           JOIN redemption_event e ON e.redemption_id = r.id AND e.step = 'PICKUP'
                                  AND (e.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $4 AND $5
           JOIN org_unit v ON v.id = r.village_id
          WHERE ${under}
          GROUP BY s.id, s.name
          ORDER BY s.name`,
        params,
      )) as Record<string, string>[];
      return {
        villages: villages.map((r) => ({
          villageId: r.village_id,
          villageName: r.village_name,
          issued: Number(r.issued),
          redeemed: Number(r.redeemed),
          expired: Number(r.expired),
          outstanding: Number(r.outstanding),
        })),
        shops: shops.map((r) => ({
          shopId: r.shop_id,
          shopName: r.shop_name,
          pickedUp: Number(r.picked_up),
          points: Number(r.points),
          valueYuan: Number(r.value_yuan),
        })),
      };
    });
  }
}
