import { Args, Query, Resolver } from '@nestjs/graphql';
import { BadInputException, Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { DashboardService } from './dashboard.service';
import { DashboardArgs, DashboardFigureType, DashboardType } from './dto/dashboard.types';
import { FIGURES } from './figure-definitions';

const MAX_NUMBER = { MONTH: 12, QUARTER: 4, YEAR: 1 } as const;

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => [DashboardFigureType], {
    description: '看板指标及其口径（每个页面、导出与接口共用这一份定义）',
  })
  @Allow(Permission.ORG_READ)
  dashboardFigures(): DashboardFigureType[] {
    return FIGURES.map(DashboardFigureType.from);
  }

  @Query(() => DashboardType, {
    description:
      '数据看板：区比较各镇、镇比较各村、村看本村，按月、季、年，并给出上年同期值；数据来自汇总表（每个村的基础数由任务据原始数据计算）',
  })
  @Allow(Permission.ORG_READ)
  async dashboard(@Ctx() ctx: RequestContext, @Args() args: DashboardArgs): Promise<DashboardType> {
    if (args.periodNumber > MAX_NUMBER[args.periodKind]) {
      throw BadInputException.field(
        'periodNumber',
        `${args.periodKind === 'MONTH' ? '月份应为 1–12' : args.periodKind === 'QUARTER' ? '季度应为 1–4' : '年度应为 1'}`,
      );
    }
    return DashboardType.from(await this.dashboards.dashboard(ctx, args));
  }
}
