import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import {
  PointsChainCheckType,
  PointsPolicyType,
  PointsStatementType,
  SetPointsPolicyInput,
} from './dto/points.types';
import { PointsService } from './points.service';

@Resolver()
export class PointsResolver {
  constructor(private readonly points: PointsService) {}

  @Query(() => PointsStatementType, { description: '我的可兑换积分：余额、各批次及到期日、全部流水' })
  @Allow(Permission.REDEEM)
  async myPoints(@Ctx() ctx: RequestContext): Promise<PointsStatementType> {
    return PointsStatementType.from(await this.points.myStatement(ctx));
  }

  @Query(() => PointsStatementType, { description: '某村民的可兑换积分（干部查看）' })
  @Allow(Permission.POINTS_READ)
  async residentPoints(
    @Ctx() ctx: RequestContext,
    @Args('residentId', { type: () => ID }) residentId: string,
  ): Promise<PointsStatementType> {
    return PointsStatementType.from(await this.points.residentStatement(ctx, residentId));
  }

  @Query(() => PointsPolicyType, {
    description: '某区、镇或村适用的可兑换积分规则（未设置时为默认：信用积分 1:1、每年 12-31 清零）',
  })
  @Allow(Permission.ORG_READ)
  async pointsPolicy(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }) unitId: string,
  ): Promise<PointsPolicyType> {
    return PointsPolicyType.from(await this.points.policyFor(ctx, unitId));
  }

  @Query(() => PointsChainCheckType, {
    description: '核对某村可兑换积分流水的哈希链，及各账户余额是否等于流水之和',
  })
  @Allow(Permission.POINTS_READ)
  async checkPointsChain(
    @Ctx() ctx: RequestContext,
    @Args('villageId', { type: () => ID }) villageId: string,
  ): Promise<PointsChainCheckType> {
    return Object.assign(new PointsChainCheckType(), await this.points.checkChain(ctx, villageId));
  }

  @Mutation(() => PointsPolicyType, {
    description: '设置可兑换积分规则（区级；镇可设本镇规则）。追加新版本，已入账批次保留原到期日',
  })
  @Allow(Permission.POINTS_POLICY_MANAGE)
  async setPointsPolicy(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetPointsPolicyInput,
  ): Promise<PointsPolicyType> {
    const { unitId, ...policy } = input;
    return PointsPolicyType.from(
      await this.points.setPolicy(ctx, unitId, {
        ...policy,
        resetMonthDay: policy.resetMonthDay ?? null,
        validityMonths: policy.validityMonths ?? null,
      }),
    );
  }
}
