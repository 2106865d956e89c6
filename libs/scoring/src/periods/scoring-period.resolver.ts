import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { AdvanceScoringPeriodArgs, VillageDateArgs, VillageYearArgs } from './dto/scoring-period.input';
import {
  ScoringPeriodEventType,
  ScoringPeriodsOfDateType,
  ScoringPeriodType,
} from './dto/scoring-period.type';
import { ScoringPeriodService } from './scoring-period.service';

@Resolver(() => ScoringPeriodType)
export class ScoringPeriodResolver {
  constructor(private readonly periods: ScoringPeriodService) {}

  @Query(() => [ScoringPeriodType], { description: '村某年度的积分期间（12 个月、4 个季度与全年）' })
  @Allow(Permission.RULEBOOK_READ)
  async scoringPeriods(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageYearArgs,
  ): Promise<ScoringPeriodType[]> {
    return (await this.periods.list(ctx, args.villageId, args.year)).map(ScoringPeriodType.from);
  }

  @Query(() => ScoringPeriodsOfDateType, {
    nullable: true,
    description: '某日期所在的月度、季度与年度积分期间（该年度尚未开启时为空）',
  })
  @Allow(Permission.RULEBOOK_READ)
  async scoringPeriodFor(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageDateArgs,
  ): Promise<ScoringPeriodsOfDateType | null> {
    const periods = await this.periods.periodsFor(ctx, args.villageId, args.date);
    return periods ? ScoringPeriodsOfDateType.from(periods) : null;
  }

  @Mutation(() => [ScoringPeriodType], {
    description: '开启村某年度的积分期间（须已通过该年度积分评价清单；重复调用不会重复创建）',
  })
  @Allow(Permission.SCORING_LIST_MANAGE)
  async openScoringYear(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageYearArgs,
  ): Promise<ScoringPeriodType[]> {
    return (await this.periods.openYear(ctx, args.villageId, args.year)).map(ScoringPeriodType.from);
  }

  @Mutation(() => ScoringPeriodType, {
    description:
      '结束月度登记（登记中→已结束登记，只进不退）；季度与年度通过 tallyPeriod、publishTally、finalizePeriod 推进',
  })
  @Allow(Permission.SCORING_LIST_MANAGE)
  async advanceScoringPeriod(
    @Ctx() ctx: RequestContext,
    @Args() input: AdvanceScoringPeriodArgs,
  ): Promise<ScoringPeriodType> {
    return ScoringPeriodType.from(await this.periods.closeMonth(ctx, input.id, input.to, input.reason));
  }

  @ResolveField(() => [ScoringPeriodEventType], { description: '状态变化记录（逐个查询）' })
  @Allow(Permission.RULEBOOK_READ)
  async history(
    @Ctx() ctx: RequestContext,
    @Parent() period: ScoringPeriodType,
  ): Promise<ScoringPeriodEventType[]> {
    return (await this.periods.history(ctx, period.id)).map(ScoringPeriodEventType.from);
  }
}
