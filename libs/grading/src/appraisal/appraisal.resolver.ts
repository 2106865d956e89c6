import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { VillageYearArgs } from '@village/scoring';
import { AppraisalSampleService } from './appraisal-sample.service';
import { AppraisalService } from './appraisal.service';
import { DrawAppraisalSampleArgs, RateAppraisalInput, RecordSampleFindingArgs } from './dto/appraisal.input';
import { AppraisalRatingType, AppraisalSampleItemType, AppraisalSummaryLineType } from './dto/appraisal.type';

@Resolver()
export class AppraisalResolver {
  constructor(
    private readonly appraisals: AppraisalService,
    private readonly samples: AppraisalSampleService,
  ) {}

  @Mutation(() => AppraisalRatingType, {
    description:
      '民主评议：以本人村民身份为本村党员或村民代表评分（同为该身份者记为同级互评，其余为群众评议；年度积分期间登记中才可评议；每人只评一次）',
  })
  @Allow(Permission.APPRAISE)
  async rateAppraisal(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RateAppraisalInput,
  ): Promise<AppraisalRatingType> {
    return AppraisalRatingType.from(await this.appraisals.rate(ctx, input));
  }

  @Query(() => [AppraisalSummaryLineType], {
    description: '本村某年度民主评议汇总：每人每种身份的评议人数与平均分（评议人不公开）',
  })
  @Allow(Permission.RESIDENT_READ)
  async appraisalSummary(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageYearArgs,
  ): Promise<AppraisalSummaryLineType[]> {
    return (await this.appraisals.summary(ctx, args.villageId, args.year)).map(AppraisalSummaryLineType.from);
  }

  @Query(() => [AppraisalRatingType], { description: '某村某年度的全部民主评议评分及评议人（审计）' })
  @Allow(Permission.AUDIT_READ)
  async appraisalRatings(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageYearArgs,
  ): Promise<AppraisalRatingType[]> {
    return (await this.appraisals.ratings(ctx, args.villageId, args.year)).map(AppraisalRatingType.from);
  }

  @Mutation(() => [AppraisalSampleItemType], {
    description:
      '上级审查：从某村某年度的党员和村民代表中抽取审查对象（按村和年度确定，重试得到同一样本；已抽取后不能以其他人数重抽）',
  })
  @Allow(Permission.APPRAISAL_SAMPLE_REVIEW)
  async drawAppraisalSample(
    @Ctx() ctx: RequestContext,
    @Args() args: DrawAppraisalSampleArgs,
  ): Promise<AppraisalSampleItemType[]> {
    return (await this.samples.draw(ctx, args.villageId, args.year, args.size)).map(
      AppraisalSampleItemType.from,
    );
  }

  @Mutation(() => AppraisalSampleItemType, {
    description: '上级审查：记录对一名抽查对象的审查结论（存在疑问须写明情况；结论记录后不能修改）',
  })
  @Allow(Permission.APPRAISAL_SAMPLE_REVIEW)
  async recordSampleFinding(
    @Ctx() ctx: RequestContext,
    @Args() args: RecordSampleFindingArgs,
  ): Promise<AppraisalSampleItemType> {
    return AppraisalSampleItemType.from(
      await this.samples.recordFinding(ctx, args.sampleId, args.finding, args.note),
    );
  }

  @Query(() => [AppraisalSampleItemType], {
    description: '某村某年度民主评议的上级审查抽查及结论（未抽取时为空）',
  })
  @Allow(Permission.APPRAISAL_SAMPLE_REVIEW, Permission.AUDIT_READ, Permission.RESIDENT_READ)
  async appraisalSample(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageYearArgs,
  ): Promise<AppraisalSampleItemType[]> {
    return (await this.samples.get(ctx, args.villageId, args.year)).map(AppraisalSampleItemType.from);
  }
}
