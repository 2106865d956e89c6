import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@village/platform-common';
import { RuleStatus } from '../../common/item-enums';
import { EvaluationItemType, itemTypeFrom } from '../../common/item-fields.type';
import type { EvaluationItemEntity } from '../evaluation-item.entity';
import type { FrameworkEntity } from '../framework.entity';
import { ScoreRulesType } from './score-rules.type';

@ObjectType('Framework', { description: '区评分框架（按年度、分版本）' })
export class FrameworkType {
  @Field(() => ID)
  id: string;
  @Field(() => ID, { description: '所属区' })
  districtId: string;
  @Field(() => Int, { description: '年度' })
  year: number;
  @Field(() => Int, { description: '版本号（同一区、同一年度内从 1 起）' })
  version: number;
  @Field(() => RuleStatus, { description: '状态' })
  status: RuleStatus;
  @Field({ description: '标题' })
  title: string;
  @Field(() => ScoreRulesType, { description: '评分规则' })
  rules: ScoreRulesType;
  @Field(() => Int, { description: '允许镇调整分值的最大幅度（%）' })
  maxAdjustmentPercent: number;
  @Field(() => Date, { nullable: true, description: '发布时间' })
  publishedAt: Date | null;
  @Field(() => ID, { nullable: true, description: '发布人' })
  publishedBy: string | null;
  @Field(() => ID, { nullable: true, description: '复制自哪个版本' })
  copiedFromId: string | null;
  @Field({ description: '创建时间' })
  createdAt: Date;
  @Field(() => [EvaluationItemType], { description: '评价事项（含已撤回的）' })
  items: EvaluationItemType[];

  static from(entity: FrameworkEntity, items: EvaluationItemEntity[]): FrameworkType {
    return Object.assign(new FrameworkType(), {
      id: entity.id,
      districtId: entity.districtId,
      year: entity.year,
      version: entity.version,
      status: entity.status,
      title: entity.title,
      rules: ScoreRulesType.from(entity.rules),
      maxAdjustmentPercent: entity.maxAdjustmentPercent,
      publishedAt: entity.publishedAt,
      publishedBy: entity.publishedBy,
      copiedFromId: entity.copiedFromId,
      createdAt: entity.createdAt,
      items: items.map((i) => itemTypeFrom(EvaluationItemType, i, { withdrawn: i.withdrawn })),
    });
  }
}

@ObjectType('FrameworkPage')
export class FrameworkPage extends Paginated(FrameworkType) {}
