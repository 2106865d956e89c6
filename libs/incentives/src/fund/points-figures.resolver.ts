import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { PointsFiguresArgs, PointsFiguresType } from './dto/points-figures.types';
import { PointsFiguresService } from './points-figures.service';

@Resolver()
export class PointsFiguresResolver {
  constructor(private readonly figures: PointsFiguresService) {}

  @Query(() => PointsFiguresType, {
    description:
      '积分激励资金台账：某区、镇或村下各村期间内发放、兑换、清零与当前结余，及各兑换点兑出的件数、积分与折合金额',
  })
  @Allow(Permission.POINTS_READ)
  async pointsFigures(
    @Ctx() ctx: RequestContext,
    @Args() args: PointsFiguresArgs,
  ): Promise<PointsFiguresType> {
    return Object.assign(
      new PointsFiguresType(),
      await this.figures.figures(ctx, args.unitId, args.from, args.to),
    );
  }
}
