import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { RedemptionQueriesService } from '../redemptions/redemption-queries.service';
import {
  CreateGoodsInput,
  CreateShopInput,
  GoodsType,
  MoveStockInput,
  ShopType,
  StockMovementType,
  UpdateGoodsInput,
} from './dto/shop.types';
import { ShopService } from './shop.service';

@Resolver(() => ShopType)
export class ShopResolver {
  constructor(
    private readonly shopService: ShopService,
    private readonly queries: RedemptionQueriesService,
  ) {}

  @Query(() => [ShopType], { description: '我管理或值守的兑换点（及辖区内的兑换点）' })
  @Allow(Permission.SHOP_MANAGE, Permission.REDEMPTION_COUNTER, Permission.POINTS_READ)
  async shops(@Ctx() ctx: RequestContext): Promise<ShopType[]> {
    return (await this.queries.shops(ctx)).map(ShopType.from);
  }

  @Query(() => ShopType, { description: '一个兑换点' })
  @Allow(Permission.SHOP_MANAGE, Permission.REDEMPTION_COUNTER, Permission.POINTS_READ)
  async shop(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ShopType> {
    return ShopType.from(await this.queries.shop(ctx, id));
  }

  @ResolveField(() => [GoodsType], { description: '商品与服务（含已下架）' })
  async goods(@Ctx() ctx: RequestContext, @Parent() shop: ShopType): Promise<GoodsType[]> {
    return (await this.queries.goodsOf(ctx, shop.id)).map(GoodsType.from);
  }

  @Query(() => [StockMovementType], { description: '某商品的库存变动记录，最新在前' })
  @Allow(Permission.SHOP_MANAGE, Permission.REDEMPTION_COUNTER, Permission.POINTS_READ)
  async stockMovements(
    @Ctx() ctx: RequestContext,
    @Args('goodsId', { type: () => ID }) goodsId: string,
  ): Promise<StockMovementType[]> {
    return (await this.queries.stockMovements(ctx, goodsId)).map(StockMovementType.from);
  }

  @Mutation(() => ShopType, { description: '开设兑换点（村信用超市或镇级服务中心）' })
  @Allow(Permission.SHOP_MANAGE)
  async createShop(@Ctx() ctx: RequestContext, @Args('input') input: CreateShopInput): Promise<ShopType> {
    const { unitId, ...fields } = input;
    return ShopType.from(
      await this.shopService.createShop(ctx, unitId, {
        ...fields,
        address: fields.address ?? null,
        openingHours: fields.openingHours ?? null,
      }),
    );
  }

  @Mutation(() => GoodsType, { description: '上架商品或服务' })
  @Allow(Permission.SHOP_MANAGE)
  async createGoods(@Ctx() ctx: RequestContext, @Args('input') input: CreateGoodsInput): Promise<GoodsType> {
    const { shopId, initialStock, ...fields } = input;
    return GoodsType.from(await this.shopService.createGoods(ctx, shopId, withNulls(fields), initialStock));
  }

  @Mutation(() => GoodsType, { description: '修改商品或服务，或下架' })
  @Allow(Permission.SHOP_MANAGE)
  async updateGoods(@Ctx() ctx: RequestContext, @Args('input') input: UpdateGoodsInput): Promise<GoodsType> {
    const { goodsId, ...fields } = input;
    return GoodsType.from(await this.shopService.updateGoods(ctx, goodsId, withNulls(fields)));
  }

  @Mutation(() => GoodsType, { description: '登记库存变动：入库或盘点调整（写明原因），库存不会被直接改写' })
  @Allow(Permission.SHOP_MANAGE)
  async moveStock(@Ctx() ctx: RequestContext, @Args('input') input: MoveStockInput): Promise<GoodsType> {
    return GoodsType.from(await this.shopService.moveStock(ctx, { ...input, reason: input.reason ?? null }));
  }
}

/** GraphQL leaves out fields the client did not send: they mean "none". */
function withNulls<T extends object>(fields: T): T {
  const nullable = [
    'description',
    'photoUrl',
    'valueYuan',
    'limitPerPerson',
    'limitPerHousehold',
    'availableFrom',
    'availableUntil',
    'quarterOpeningDays',
    'minStars',
    'minGrade',
  ];
  const out = { ...fields } as Record<string, unknown>;
  for (const key of nullable) out[key] = out[key] ?? null;
  return out as T;
}
