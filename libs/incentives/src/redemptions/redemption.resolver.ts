import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import {
  ApproveRefundInput,
  CancelRedemptionInput,
  ConfirmPickupInput,
  MyShopsType,
  RedemptionType,
  RequestRefundInput,
  ReserveRedemptionForInput,
  ReserveRedemptionInput,
  ShopOffersType,
} from './dto/redemption.types';
import { RedemptionStatus } from './redemption-enums';
import { RedemptionQueriesService } from './redemption-queries.service';
import { RedemptionService } from './redemption.service';

@Resolver()
export class RedemptionResolver {
  constructor(
    private readonly redemptions: RedemptionService,
    private readonly queries: RedemptionQueriesService,
  ) {}

  @Query(() => MyShopsType, { description: '为我服务的兑换点（本村与本镇），每件商品现在能否兑换及原因' })
  @Allow(Permission.REDEEM)
  async myShops(@Ctx() ctx: RequestContext): Promise<MyShopsType> {
    const { balance, shops } = await this.queries.myShops(ctx);
    return Object.assign(new MyShopsType(), { balance, shops: shops.map(ShopOffersType.from) });
  }

  @Query(() => [RedemptionType], { description: '我的兑换单（含取货码），最新在前' })
  @Allow(Permission.REDEEM)
  async myRedemptions(@Ctx() ctx: RequestContext): Promise<RedemptionType[]> {
    return (await this.queries.myRedemptions(ctx)).map(RedemptionType.from);
  }

  @Query(() => [RedemptionType], { description: '某兑换点的兑换单，最新在前（可按状态筛选）' })
  @Allow(Permission.REDEMPTION_COUNTER, Permission.SHOP_MANAGE, Permission.POINTS_READ)
  async shopRedemptions(
    @Ctx() ctx: RequestContext,
    @Args('shopId', { type: () => ID }) shopId: string,
    @Args('status', { type: () => RedemptionStatus, nullable: true }) status: RedemptionStatus | null,
  ): Promise<RedemptionType[]> {
    return (await this.queries.shopRedemptions(ctx, shopId, status ?? null)).map(RedemptionType.from);
  }

  @Mutation(() => RedemptionType, {
    description: '预约兑换：积分（先到期的批次先用）与库存当即预留，返回取货码。同一请求标识重试只预约一次',
  })
  @Allow(Permission.REDEEM)
  async reserveRedemption(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReserveRedemptionInput,
  ): Promise<RedemptionType> {
    return RedemptionType.from(await this.redemptions.reserveOwn(ctx, input));
  }

  @Mutation(() => RedemptionType, { description: '店员代村民兑换（村民无手机时），记录村民的确认' })
  @Allow(Permission.REDEMPTION_COUNTER)
  async reserveRedemptionFor(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReserveRedemptionForInput,
  ): Promise<RedemptionType> {
    const { residentId, residentConfirmation, ...request } = input;
    return RedemptionType.from(
      await this.redemptions.reserveFor(ctx, residentId, { ...request, onBehalf: { residentConfirmation } }),
    );
  }

  @Mutation(() => RedemptionType, { description: '柜台凭取货码确认领取' })
  @Allow(Permission.REDEMPTION_COUNTER)
  async confirmPickup(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ConfirmPickupInput,
  ): Promise<RedemptionType> {
    return RedemptionType.from(await this.redemptions.confirmPickup(ctx, input));
  }

  @Mutation(() => RedemptionType, { description: '领取前取消（村民本人或店员）：积分退回原批次，库存退回' })
  @Allow(Permission.REDEEM, Permission.REDEMPTION_COUNTER)
  async cancelRedemption(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CancelRedemptionInput,
  ): Promise<RedemptionType> {
    return RedemptionType.from(
      await this.redemptions.cancel(ctx, { ...input, reason: input.reason ?? null }),
    );
  }

  @Mutation(() => RedemptionType, { description: '领取后申请退回（店员，写明原因），待另一名干部复核' })
  @Allow(Permission.REDEMPTION_COUNTER)
  async requestRedemptionRefund(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RequestRefundInput,
  ): Promise<RedemptionType> {
    return RedemptionType.from(await this.redemptions.requestRefund(ctx, input));
  }

  @Mutation(() => RedemptionType, { description: '复核退回（申请人以外的干部）：积分、库存与限兑数量退回' })
  @Allow(Permission.REDEMPTION_REFUND_APPROVE)
  async approveRedemptionRefund(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ApproveRefundInput,
  ): Promise<RedemptionType> {
    return RedemptionType.from(await this.redemptions.approveRefund(ctx, input));
  }
}
