import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RuleStatus } from '../../common/item-enums';
import { itemTypeFrom, TownItemType } from '../../common/item-fields.type';
import type { ManualAdjustmentEntity } from '../manual-adjustment.entity';
import type { TownItemEntity } from '../town-item.entity';
import type { TownManualEntity } from '../town-manual.entity';

@ObjectType('ManualAdjustment', { description: '手册对区框架事项的调整（停用或调整分值）' })
export class ManualAdjustmentType {
  @Field(() => ID)
  id: string;
  @Field({ description: '框架事项编码' })
  itemCode: string;
  @Field(() => Boolean, { description: '本镇停用该事项' })
  disabled: boolean;
  @Field(() => Float, { nullable: true, description: '调整后的分值下限（空为沿用框架）' })
  pointsMin: number | null;
  @Field(() => Float, { nullable: true, description: '调整后的分值上限（空为沿用框架）' })
  pointsMax: number | null;
  @Field(() => Float, { nullable: true, description: '调整后的每单位分值（空为沿用框架）' })
  perUnitPoints: number | null;
  @Field({ description: '调整理由' })
  reason: string;

  static from(e: ManualAdjustmentEntity): ManualAdjustmentType {
    return Object.assign(new ManualAdjustmentType(), {
      id: e.id,
      itemCode: e.itemCode,
      disabled: e.disabled,
      pointsMin: e.pointsMin,
      pointsMax: e.pointsMax,
      perUnitPoints: e.perUnitPoints,
      reason: e.reason,
    });
  }
}

@ObjectType('TownManual', { description: '镇（街道）操作手册（分版本）' })
export class ManualType {
  @Field(() => ID)
  id: string;
  @Field(() => ID, { description: '所属区' })
  districtId: string;
  @Field(() => ID, { description: '所属镇（街道）' })
  townId: string;
  @Field(() => ID, { description: '依据的区评分框架（已发布）' })
  frameworkId: string;
  @Field(() => Int, { description: '版本号' })
  version: number;
  @Field(() => RuleStatus, { description: '状态' })
  status: RuleStatus;
  @Field({ description: '标题' })
  title: string;
  @Field(() => Int, { description: '每月最后几天为登记日' })
  registrationDays: number;
  @Field(() => Int, { description: '公示天数' })
  noticeDays: number;
  @Field(() => Int, { description: '补录期限：事项发生后几天内可申报或登记' })
  lateEntryDays: number;
  @Field(() => Int, { description: '异议答复期限（工作日）' })
  objectionAnswerWorkingDays: number;
  @Field(() => Int, { description: '村自定加分项数量上限（超出需镇审批）' })
  villageMaxPositiveItems: number;
  @Field(() => Int, { description: '村自定扣分项数量上限（超出需镇审批）' })
  villageMaxNegativeItems: number;
  @Field(() => Float, { description: '村自定事项单项分值上限（超出需镇审批）' })
  villageMaxItemPoints: number;
  @Field({ description: '村干部操作规程（Markdown）' })
  procedure: string;
  @Field(() => Date, { nullable: true, description: '发布时间' })
  publishedAt: Date | null;
  @Field(() => ID, { nullable: true, description: '复制自哪个版本' })
  copiedFromId: string | null;
  @Field({ description: '创建时间' })
  createdAt: Date;
  @Field(() => [ManualAdjustmentType], { description: '对框架事项的停用与调整' })
  adjustments: ManualAdjustmentType[];
  @Field(() => [TownItemType], { description: '本镇新增事项（含已撤回的）' })
  townItems: TownItemType[];

  static from(
    m: TownManualEntity,
    adjustments: ManualAdjustmentEntity[],
    items: TownItemEntity[],
  ): ManualType {
    return Object.assign(new ManualType(), {
      id: m.id,
      districtId: m.districtId,
      townId: m.townId,
      frameworkId: m.frameworkId,
      version: m.version,
      status: m.status,
      title: m.title,
      registrationDays: m.registrationDays,
      noticeDays: m.noticeDays,
      lateEntryDays: m.lateEntryDays,
      objectionAnswerWorkingDays: m.objectionAnswerWorkingDays,
      villageMaxPositiveItems: m.villageMaxPositiveItems,
      villageMaxNegativeItems: m.villageMaxNegativeItems,
      villageMaxItemPoints: m.villageMaxItemPoints,
      procedure: m.procedure,
      publishedAt: m.publishedAt,
      copiedFromId: m.copiedFromId,
      createdAt: m.createdAt,
      adjustments: adjustments.map(ManualAdjustmentType.from),
      townItems: items.map((i) => itemTypeFrom(TownItemType, i, { withdrawn: i.withdrawn })),
    });
  }
}
