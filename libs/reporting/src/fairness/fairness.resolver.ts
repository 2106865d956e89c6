import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { FairnessArgs } from './dto/fairness.args';
import { FairnessViewType } from './dto/fairness.types';
import { FairnessService } from './fairness.service';
import { OUTLIER_RULE } from './outlier-rule';

@Resolver()
export class FairnessResolver {
  constructor(private readonly fairness: FairnessService) {}

  @Query(() => FairnessViewType, {
    description:
      '公平性分析：一个村一个期间（月、季、年）的村民按网格、性别、年龄段（期末年龄）分组的人数、平均信用积分（季、年取本期最新一版核算，月份或未核算时按台账合计）、' +
      `扣分次数与分值、每百人扣分次数、异议提出与成立数，以及每位审核人核定的记录、扣分与扣分占比。能看本村数据看板的人可看（镇、区可看所辖各村）。${OUTLIER_RULE}`,
  })
  @Allow(Permission.FAIRNESS_READ)
  async fairnessView(@Ctx() ctx: RequestContext, @Args() args: FairnessArgs): Promise<FairnessViewType> {
    return FairnessViewType.from(await this.fairness.view(ctx, args));
  }
}
