import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import {
  DraftPayoutPlanInput,
  MarkPayoutPaidInput,
  PayoutPlansArgs,
  RecordPayoutVoteInput,
} from './dto/payout.input';
import { PayoutPlanEventType, PayoutPlanLineType, PayoutPlanType } from './dto/payout.type';
import { PayoutService } from './payout.service';

@Resolver(() => PayoutPlanType)
export class PayoutResolver {
  constructor(private readonly payouts: PayoutService) {}

  @Mutation(() => PayoutPlanType, {
    description:
      '起草资金发放方案（村信用评议会）：据已定案的季度或年度核算，每个周期只能有一个未被否决的方案',
  })
  @Allow(Permission.FUND_MANAGE)
  async draftPayoutPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DraftPayoutPlanInput,
  ): Promise<PayoutPlanType> {
    return PayoutPlanType.from(await this.payouts.draft(ctx, input));
  }

  @Mutation(() => PayoutPlanType, {
    description: '录入党员和村民代表会议的表决结果：过⅔到会且到会过半数赞成为通过，否则方案被否决',
  })
  @Allow(Permission.FUND_MANAGE)
  async recordPayoutVote(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordPayoutVoteInput,
  ): Promise<PayoutPlanType> {
    return PayoutPlanType.from(await this.payouts.recordVote(ctx, input));
  }

  @Mutation(() => PayoutPlanType, { description: '张榜公示表决通过的方案' })
  @Allow(Permission.FUND_MANAGE)
  async postPayoutPlan(
    @Ctx() ctx: RequestContext,
    @Args('planId', { type: () => ID }) planId: string,
  ): Promise<PayoutPlanType> {
    return PayoutPlanType.from(await this.payouts.post(ctx, planId));
  }

  @Mutation(() => PayoutPlanType, { description: '登记已公示的方案已在村民大会发放' })
  @Allow(Permission.FUND_MANAGE)
  async markPayoutPaid(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkPayoutPaidInput,
  ): Promise<PayoutPlanType> {
    return PayoutPlanType.from(await this.payouts.markPaid(ctx, input));
  }

  @Query(() => [PayoutPlanType], { description: '本村的资金发放方案（含被否决的），最新在前' })
  @Allow(Permission.POINTS_READ, Permission.FUND_MANAGE)
  async payoutPlans(@Ctx() ctx: RequestContext, @Args() args: PayoutPlansArgs): Promise<PayoutPlanType[]> {
    return (await this.payouts.plans(ctx, args)).map(PayoutPlanType.from);
  }

  @Query(() => PayoutPlanType, { description: '一个资金发放方案' })
  @Allow(Permission.POINTS_READ, Permission.FUND_MANAGE)
  async payoutPlan(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PayoutPlanType> {
    return PayoutPlanType.from(await this.payouts.plan(ctx, id));
  }

  @ResolveField(() => [PayoutPlanLineType], { description: '各行，按序号' })
  async lines(@Ctx() ctx: RequestContext, @Parent() plan: PayoutPlanType): Promise<PayoutPlanLineType[]> {
    return (await this.payouts.lines(ctx, plan.entity)).map(PayoutPlanLineType.from);
  }

  @ResolveField(() => [PayoutPlanEventType], { description: '每一步的记录，按时间' })
  async events(@Ctx() ctx: RequestContext, @Parent() plan: PayoutPlanType): Promise<PayoutPlanEventType[]> {
    return (await this.payouts.events(ctx, plan.entity)).map(PayoutPlanEventType.from);
  }
}
