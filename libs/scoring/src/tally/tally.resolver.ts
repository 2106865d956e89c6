import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { ScoringPeriodType } from '../periods/dto/scoring-period.type';
import { PublicNoticeType } from './dto/notice.type';
import { ScoreTallyType, TallyVerificationType } from './dto/score-tally.type';
import { PublicNoticeService } from './public-notice.service';
import { TallyService } from './tally.service';

@Resolver()
export class TallyResolver {
  constructor(
    private readonly tallies: TallyService,
    private readonly notices: PublicNoticeService,
  ) {}

  @Mutation(() => ScoreTallyType, {
    description:
      '核算季度或年度积分：期末后首次核算使期间进入「已核算」并结束其月度登记；年度总评须四个季度均已定案',
  })
  @Allow(Permission.TALLY_MANAGE)
  async tallyPeriod(
    @Ctx() ctx: RequestContext,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<ScoreTallyType> {
    const tally = await this.tallies.tally(ctx, periodId, reason);
    const { lines } = await this.tallies.withLines(ctx, tally.id);
    return ScoreTallyType.from(tally, lines);
  }

  @Mutation(() => PublicNoticeType, {
    description: '公示已核算的期间：公示期为镇操作手册规定的天数，本村村民收到通知；年度总评同时告知每人等次',
  })
  @Allow(Permission.TALLY_MANAGE)
  async publishTally(
    @Ctx() ctx: RequestContext,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<PublicNoticeType> {
    return PublicNoticeType.from(await this.notices.publish(ctx, periodId));
  }

  @Mutation(() => ScoringPeriodType, { description: '定案：公示期满且没有未答复的异议' })
  @Allow(Permission.TALLY_MANAGE)
  async finalizePeriod(
    @Ctx() ctx: RequestContext,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<ScoringPeriodType> {
    return ScoringPeriodType.from(await this.notices.finalize(ctx, periodId));
  }

  @Query(() => PublicNoticeType, { description: '某期间当前的公示（本村村民与上级可见）' })
  @Allow(Permission.ORG_READ)
  async publicNotice(
    @Ctx() ctx: RequestContext,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<PublicNoticeType> {
    return PublicNoticeType.from(await this.notices.current(ctx, periodId));
  }

  @Query(() => [ScoreTallyType], { description: '某期间的全部核算版本（新的在前，不含各行）' })
  @Allow(Permission.ORG_READ)
  async scoreTallies(
    @Ctx() ctx: RequestContext,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<ScoreTallyType[]> {
    return (await this.tallies.versions(ctx, periodId)).map((t) => ScoreTallyType.from(t));
  }

  @Query(() => ScoreTallyType, { description: '一个核算版本及其各行' })
  @Allow(Permission.ORG_READ)
  async scoreTally(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ScoreTallyType> {
    const { tally, lines } = await this.tallies.withLines(ctx, id);
    return ScoreTallyType.from(tally, lines);
  }

  @Query(() => TallyVerificationType, {
    description: '核验核算结果：内容哈希、台账锚点、哈希链与按台账重新合计（审计人员、村信用议事会）',
  })
  @Allow(Permission.SELF) // auditors or the credit council: checked on the tally's village in the service
  verifyScoreTally(
    @Ctx() ctx: RequestContext,
    @Args('tallyId', { type: () => ID }) tallyId: string,
  ): Promise<TallyVerificationType> {
    return this.tallies.verify(ctx, tallyId);
  }
}
