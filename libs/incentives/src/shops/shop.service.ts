import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputException, notFound, Permission, updatedRows } from '@village/platform-common';
import {
  auditOwner,
  OrgLevel,
  OrgUnitEntity,
  RequestContext,
  TenantDb,
  type TenantTx,
} from '@village/platform-tenancy';
import { GoodsEntity } from './goods.entity';
import { ShopEntity } from './shop.entity';
import { StockMovementKind } from './shop-enums';
import { StockMovementEntity } from './stock-movement.entity';

export type ShopFields = Pick<ShopEntity, 'name' | 'kind' | 'address' | 'openingHours'>;
export type GoodsFields = Pick<
  GoodsEntity,
  | 'name'
  | 'description'
  | 'photoUrl'
  | 'isService'
  | 'pricePoints'
  | 'valueYuan'
  | 'unlimited'
  | 'limitPerPerson'
  | 'limitPerHousehold'
  | 'limitPeriod'
  | 'availableFrom'
  | 'availableUntil'
  | 'quarterOpeningDays'
  | 'minStars'
  | 'minGrade'
  | 'subjectTypes'
  | 'pickupDays'
>;

/**
 * Shops and their catalogue: a village or a town opens a shop; its admins list goods and services;
 * stock only changes by recorded movements (入库, 盘点调整 with a reason) or by redemptions.
 */
@Injectable()
export class ShopService {
  constructor(private readonly db: TenantDb) {}

  createShop(ctx: RequestContext, unitId: string, fields: ShopFields): Promise<ShopEntity> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: unitId } });
      if (!unit || unit.level === OrgLevel.DISTRICT) throw notFound('unitId', '镇或村');
      auditOwner(ctx, unit, unit.name);
      ctx.assertCan(Permission.SHOP_MANAGE, unit);
      const id = randomUUID();
      await tx.insert(ShopEntity, {
        id,
        districtId: unit.districtId,
        townId: unit.townId,
        villageId: unit.villageId,
        ...fields,
        active: true,
        createdBy: ctx.user?.id ?? null,
      });
      return tx.findOneByOrFail(ShopEntity, { id });
    });
  }

  updateShop(ctx: RequestContext, shopId: string, fields: Partial<ShopFields> & { active?: boolean }) {
    return this.db.run(ctx, async (tx) => {
      const shop = await this.manageable(tx, shopId);
      await tx.update(ShopEntity, { id: shop.id }, fields);
      return tx.findOneByOrFail(ShopEntity, { id: shop.id });
    });
  }

  /** Lists a good; a stocked good starts at 0 and is filled by receiving stock. */
  createGoods(
    ctx: RequestContext,
    shopId: string,
    fields: GoodsFields,
    initialStock: number,
  ): Promise<GoodsEntity> {
    return this.db.run(ctx, async (tx) => {
      const shop = await this.manageable(tx, shopId);
      checkGoods(fields);
      const id = randomUUID();
      await tx.insert(GoodsEntity, {
        id,
        shopId: shop.id,
        districtId: shop.districtId,
        townId: shop.townId,
        villageId: shop.villageId,
        ...fields,
        stock: 0,
        active: true,
        createdBy: ctx.user?.id ?? null,
      });
      if (!fields.unlimited && initialStock > 0) {
        await this.move(tx, id, StockMovementKind.RECEIVED, initialStock, '上架入库');
      }
      return tx.findOneByOrFail(GoodsEntity, { id });
    });
  }

  /** Changes a good's terms; what reservations already took keeps their frozen name and price. */
  updateGoods(ctx: RequestContext, goodsId: string, fields: Partial<GoodsFields> & { active?: boolean }) {
    return this.db.run(ctx, async (tx) => {
      const goods = await this.manageableGoods(tx, goodsId);
      checkGoods({ ...goods, ...fields });
      await tx.update(GoodsEntity, { id: goods.id }, fields);
      return tx.findOneByOrFail(GoodsEntity, { id: goods.id });
    });
  }

  /** 入库 (a positive quantity) or 盘点调整 (either sign, with its reason); never below 0 in stock. */
  moveStock(
    ctx: RequestContext,
    input: { goodsId: string; kind: StockMovementKind; quantity: number; reason: string | null },
  ): Promise<GoodsEntity> {
    return this.db.run(ctx, async (tx) => {
      const goods = await this.manageableGoods(tx, input.goodsId);
      if (goods.unlimited) throw BadInputException.field('goodsId', '不限量的服务无需登记库存');
      if (input.quantity === 0) throw BadInputException.field('quantity', '不能为 0');
      if (input.kind === StockMovementKind.RECEIVED && input.quantity <= 0) {
        throw BadInputException.field('quantity', '入库数量须大于 0');
      }
      if (input.kind === StockMovementKind.ADJUSTED && !input.reason?.trim()) {
        throw BadInputException.field('reason', '盘点调整须写明原因');
      }
      await this.move(tx, goods.id, input.kind, input.quantity, input.reason);
      return tx.findOneByOrFail(GoodsEntity, { id: goods.id });
    });
  }

  private async move(
    tx: TenantTx,
    goodsId: string,
    kind: StockMovementKind,
    quantity: number,
    reason: string | null,
  ): Promise<void> {
    const [unit] = updatedRows<{ district_id: string; town_id: string; village_id: string | null }>(
      await tx.query(
        'UPDATE goods SET stock = stock + $2 WHERE id = $1 AND stock + $2 >= 0 RETURNING district_id, town_id, village_id',
        [goodsId, quantity],
      ),
    );
    if (!unit) throw BadInputException.field('quantity', '调整后库存不能小于 0');
    await tx.insert(StockMovementEntity, {
      id: randomUUID(),
      districtId: unit.district_id,
      townId: unit.town_id,
      villageId: unit.village_id,
      goodsId,
      kind,
      quantity,
      reason: reason?.trim() || null,
      createdBy: tx.ctx.user?.id ?? null,
    });
  }

  private async manageable(tx: TenantTx, shopId: string): Promise<ShopEntity> {
    const shop = await tx.findOne(ShopEntity, { where: { id: shopId } });
    if (!shop) throw notFound('shopId', '兑换点');
    auditOwner(tx.ctx, shop, shop.name);
    tx.ctx.assertCan(Permission.SHOP_MANAGE, shop);
    return shop;
  }

  private async manageableGoods(tx: TenantTx, goodsId: string): Promise<GoodsEntity> {
    const goods = await tx.findOne(GoodsEntity, { where: { id: goodsId } });
    if (!goods) throw notFound('goodsId', '商品');
    await this.manageable(tx, goods.shopId);
    return goods;
  }
}

function checkGoods(g: Pick<GoodsFields, 'availableFrom' | 'availableUntil'>): void {
  if (g.availableFrom && g.availableUntil && g.availableFrom > g.availableUntil) {
    throw BadInputException.field('availableUntil', '截止日期不能早于开始日期');
  }
}
