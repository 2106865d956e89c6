import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { ANOMALY_KIND_LABELS, ANOMALY_KIND_RULES, AnomalyKind } from './anomaly-enums';
import { AnomalyAlertsService } from './anomaly-alerts.service';
import {
  AnomalyAlertPage,
  AnomalyAlertsArgs,
  AnomalyAlertType,
  AnomalyRuleType,
  ResolveAnomalyAlertInput,
} from './dto/anomaly.types';

const RULES = Object.values(AnomalyKind)
  .map((k) => `${ANOMALY_KIND_LABELS[k]}（${k}）：${ANOMALY_KIND_RULES[k]}`)
  .join('；');

@Resolver(() => AnomalyAlertType)
export class AnomaliesResolver {
  constructor(private readonly service: AnomalyAlertsService) {}

  @Query(() => AnomalyAlertPage, {
    description: `异常提醒（待核实在前，最新在前）。规则与提醒线：${RULES}。提醒只提示核实，系统不因此改动任何积分或申报`,
  })
  @Allow(Permission.ANOMALY_READ, Permission.ANOMALY_REVIEW)
  async anomalyAlerts(
    @Ctx() ctx: RequestContext,
    @Args() args: AnomalyAlertsArgs,
  ): Promise<AnomalyAlertPage> {
    const page = await this.service.list(ctx, args);
    return { total: page.total, items: page.items.map(AnomalyAlertType.from) };
  }

  @Query(() => [AnomalyRuleType], { description: '异常提醒的规则与提醒线（界面说明用）' })
  @Allow(Permission.ANOMALY_READ, Permission.ANOMALY_REVIEW)
  anomalyRules(): AnomalyRuleType[] {
    return Object.values(AnomalyKind).map((kind) =>
      Object.assign(new AnomalyRuleType(), {
        kind,
        label: ANOMALY_KIND_LABELS[kind],
        rule: ANOMALY_KIND_RULES[kind],
      }),
    );
  }

  @Mutation(() => AnomalyAlertType, {
    description:
      '核实一条异常提醒（村级、镇级管理员）：“已核实，无问题”或“已处理”，写明情况；追加一条核实记录，每条提醒核实一次；与本人或本户有关的提醒须回避',
  })
  @Allow(Permission.ANOMALY_REVIEW)
  async resolveAnomalyAlert(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ResolveAnomalyAlertInput,
  ): Promise<AnomalyAlertType> {
    return AnomalyAlertType.from(await this.service.resolve(ctx, input));
  }
}
