import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { MyScoreArgs, ResidentScoreArgs, ResidentScoreType } from './dto/resident-score.type';
import { ExplainService } from './explain.service';

@Resolver(() => ResidentScoreType)
export class ExplainResolver {
  constructor(private readonly explain: ExplainService) {}

  @Query(() => ResidentScoreType, {
    description:
      '村民某期间的积分明细：基础分、奖惩分、得分，以及每一条计分记录（事项、分值、日期、佐证、审核人、到期日）。村干部查看本村村民，村民查看本人',
  })
  @Allow(Permission.SELF) // who may read whom is decided per resident in the service
  residentScore(@Ctx() ctx: RequestContext, @Args() args: ResidentScoreArgs): Promise<ResidentScoreType> {
    return this.explain.residentScore(ctx, args.residentId, args.year, args.quarter);
  }

  @Query(() => ResidentScoreType, { description: '我的积分明细（账号关联的村民档案）' })
  @Allow(Permission.SELF)
  myScore(@Ctx() ctx: RequestContext, @Args() args: MyScoreArgs): Promise<ResidentScoreType> {
    return this.explain.myScore(ctx, args.year, args.quarter);
  }
}
