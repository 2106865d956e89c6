import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@village/platform-common';
import { DashboardPeriodKind } from '../../dashboards/dto/dashboard.types';
import {
  DIMENSION_LABELS,
  FairnessDimensionKey,
  type FairnessDimension,
  type FairnessGroup,
  type GroupFigures,
} from '../fairness-groups';
import type { FairnessReviewer, FairnessView } from '../fairness.service';
import { FairnessScoreSource } from '../fairness-scores';
import { Deviation, OUTLIER_RULE, type OutlierCheck } from '../outlier-rule';

registerLabelledEnum(FairnessDimensionKey, 'FairnessDimensionKey', '公平性分析的分组维度', DIMENSION_LABELS);
registerLabelledEnum(Deviation, 'FairnessDeviation', '偏离的方向', {
  HIGH: '偏高（扣分明显多于本村其余部分）',
  LOW: '偏低（扣分明显少于本村其余部分）',
});

@ObjectType('FairnessCheck', {
  description: '与本村其余部分比较扣分率的结果（规则见 FairnessView.outlierRule）',
})
export class FairnessCheckType {
  @Field(() => Float, { nullable: true, description: 'z 值（保留两位小数）；未作判断时为空' })
  zScore: number | null;

  @Field({ description: '是否标记为“偏离”' })
  flagged: boolean;

  @Field(() => Deviation, { nullable: true })
  deviation: Deviation | null;

  @Field({ description: '标记或不标记的理由（含比较的数字）' })
  reason: string;

  static from(c: OutlierCheck): FairnessCheckType {
    return Object.assign(new FairnessCheckType(), { ...c, flagged: c.deviation !== null });
  }
}

@ObjectType('FairnessGroup', {
  description: '一组村民（一个网格、一种性别或一个年龄段，或全村）的汇总，不含个人信息',
})
export class FairnessGroupType {
  @Field({ description: '网格 id、MALE / FEMALE、年龄段（如 18_35），未分网格为 NONE，全村为 VILLAGE' })
  key: string;

  @Field()
  label: string;

  @Field(() => Int, { description: '计入的村民：在村村民，以及本期有台账记录或异议的已不在村者' })
  residents: number;

  @Field(() => Int, { description: '有本期信用积分的村民（平均分的分母）' })
  scoredResidents: number;

  @Field(() => Float, { nullable: true, description: '平均信用积分' })
  averageCreditScore: number | null;

  @Field(() => Int, { description: '扣分次数：本期行为的扣分登记（负分、非冲正记录）' })
  deductions: number;

  @Field(() => Float, { description: '扣分分值合计（正数）' })
  deductionPoints: number;

  @Field(() => Float, { nullable: true, description: '每百人扣分次数 = 扣分次数 ÷ 人数 × 100' })
  deductionsPer100: number | null;

  @Field(() => Int, { description: '本期提出的、针对本组村民的异议' })
  objectionsRaised: number;

  @Field(() => Int, { description: '其中成立的' })
  objectionsUpheld: number;

  @Field(() => FairnessCheckType, { nullable: true, description: '偏离判断（全村一行为空）' })
  check: FairnessCheckType | null;

  static from(g: GroupFigures | FairnessGroup): FairnessGroupType {
    const check = 'check' in g ? FairnessCheckType.from(g.check) : null;
    return Object.assign(new FairnessGroupType(), { ...g, check });
  }
}

@ObjectType('FairnessDimension', { description: '一个分组维度：网格、性别或年龄段（按期末年龄）' })
export class FairnessDimensionType {
  @Field(() => FairnessDimensionKey)
  key: FairnessDimensionKey;

  @Field()
  label: string;

  @Field(() => [FairnessGroupType])
  groups: FairnessGroupType[];

  static from(d: FairnessDimension): FairnessDimensionType {
    return Object.assign(new FairnessDimensionType(), { ...d, groups: d.groups.map(FairnessGroupType.from) });
  }
}

@ObjectType('FairnessReviewer', { description: '一位审核人（账号）本期核定的台账记录与其中的扣分' })
export class FairnessReviewerType {
  @Field(() => ID)
  accountId: string;

  @Field({ description: '审核人的显示名（村干部）' })
  displayName: string;

  @Field(() => Int, { description: '核定的记录：本期行为、由其审核通过的台账记录（非冲正）' })
  entriesApproved: number;

  @Field(() => Int, { description: '其中扣分的记录' })
  deductions: number;

  @Field(() => Float)
  deductionPoints: number;

  @Field(() => Float, { nullable: true, description: '扣分占比（%）= 扣分记录 ÷ 核定记录 × 100' })
  deductionShare: number | null;

  @Field(() => FairnessCheckType)
  check: FairnessCheckType;

  static from(r: FairnessReviewer): FairnessReviewerType {
    return Object.assign(new FairnessReviewerType(), { ...r, check: FairnessCheckType.from(r.check) });
  }
}

@ObjectType('FairnessReviewerTotal', { description: '全村审核人合计（审核人比较的基准）' })
export class FairnessReviewerTotalType {
  @Field(() => Int)
  entriesApproved: number;

  @Field(() => Int)
  deductions: number;

  @Field(() => Float, { nullable: true, description: '扣分占比（%）' })
  deductionShare: number | null;
}

@ObjectType('FairnessView', {
  description: `公平性分析：一个村一个期间的积分、扣分与异议，按网格、性别、年龄段和审核人。${OUTLIER_RULE}`,
})
export class FairnessViewType {
  @Field(() => ID)
  villageId: string;

  @Field()
  villageName: string;

  @Field(() => Int)
  year: number;

  @Field(() => DashboardPeriodKind)
  periodKind: DashboardPeriodKind;

  @Field(() => Int)
  periodNumber: number;

  @Field({ description: '如 2026年第1季度' })
  periodLabel: string;

  @Field({ description: '期间首日' })
  startsOn: string;

  @Field({ description: '期间末日（年龄按此日计算）' })
  endsOn: string;

  @Field(() => FairnessScoreSource)
  scoreSource: FairnessScoreSource;

  @Field({ description: '平均信用积分的来源，如“本期核算第 2 版”' })
  scoreNote: string;

  @Field({ description: '偏离的判断规则（文字）' })
  outlierRule: string;

  @Field(() => FairnessGroupType, { description: '全村（比较的基准）' })
  village: FairnessGroupType;

  @Field(() => [FairnessDimensionType], { description: '网格、性别、年龄段三个维度' })
  dimensions: FairnessDimensionType[];

  @Field(() => [FairnessReviewerType], { description: '审核人，核定记录多者在前' })
  reviewers: FairnessReviewerType[];

  @Field(() => FairnessReviewerTotalType)
  reviewerTotal: FairnessReviewerTotalType;

  static from(v: FairnessView): FairnessViewType {
    return Object.assign(new FairnessViewType(), {
      villageId: v.villageId,
      villageName: v.villageName,
      year: v.span.year,
      periodKind: v.span.kind,
      periodNumber: v.span.number,
      periodLabel: v.periodLabel,
      startsOn: v.span.startsOn,
      endsOn: v.span.endsOn,
      scoreSource: v.scoreSource,
      scoreNote: v.scoreNote,
      outlierRule: OUTLIER_RULE,
      village: FairnessGroupType.from(v.village),
      dimensions: v.dimensions.map(FairnessDimensionType.from),
      reviewers: v.reviewers.map(FairnessReviewerType.from),
      reviewerTotal: Object.assign(new FairnessReviewerTotalType(), v.reviewerTotal),
    });
  }
}
