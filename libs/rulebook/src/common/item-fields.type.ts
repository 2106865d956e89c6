import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CapMode,
  ItemCategory,
  ItemDirection,
  ItemSource,
  BeneficiaryRelation,
  JudgementGrade,
  MilestoneSpan,
  RecordLevel,
  RoundingMode,
  ScoreTrack,
} from './item-enums';
import { AmountBandType } from './amount-band';
import { MilestoneType } from './milestone';
import { ValidityRuleType } from './validity-rule';
import { describeRule, isQuantified } from '../rules/describe-rule';
import { pickItemFields, type ItemFields } from './item-columns';
import { SubjectType } from '@village/platform-common';

@ObjectType({ isAbstract: true })
export abstract class ItemFieldsType implements ItemFields {
  @Field(() => ID)
  id: string;

  @Field({ description: '编码' })
  code: string;

  @Field({ description: '名称' })
  name: string;

  @Field({ description: '说明' })
  description: string;

  @Field(() => ItemCategory, { description: '类别' })
  category: ItemCategory;

  @Field(() => ItemDirection, { description: '加分项或扣分项' })
  direction: ItemDirection;

  @Field(() => Float, { description: '分值下限' })
  pointsMin: number;

  @Field(() => Float, { description: '分值上限' })
  pointsMax: number;

  @Field(() => Float, { nullable: true, description: '每单位分值' })
  perUnitPoints: number | null;

  @Field(() => String, { nullable: true, description: '计量单位' })
  unitLabel: string | null;

  @Field(() => ScoreTrack, { description: '积分类型' })
  track: ScoreTrack;

  @Field(() => [SubjectType], { description: '适用主体' })
  subjectTypes: SubjectType[];

  @Field(() => Boolean, { description: '需要佐证材料' })
  evidenceRequired: boolean;

  @Field(() => Float, { nullable: true, description: '每月上限' })
  capPerMonth: number | null;

  @Field(() => Float, { nullable: true, description: '每季度上限' })
  capPerQuarter: number | null;

  @Field(() => Float, { nullable: true, description: '每年上限' })
  capPerYear: number | null;

  @Field(() => Int, { nullable: true, description: '有效期（月）' })
  validityMonths: number | null;

  @Field(() => Float, { description: '重复倍数' })
  repeatMultiplier: number;

  @Field(() => Boolean, { description: '一票否决' })
  veto: boolean;

  @Field(() => Boolean, { description: '按户计分' })
  household: boolean;

  @Field(() => [Float], { nullable: true, description: '分值档次（审核只能选其一）' })
  pointLevels: number[] | null;

  @Field(() => [AmountBandType], { nullable: true, description: '按数量（金额）分档计分' })
  amountBands: AmountBandType[] | null;

  @Field(() => Float, { nullable: true, description: '取整单位' })
  roundingStep: number | null;

  @Field(() => RoundingMode, { nullable: true, description: '取整方式' })
  roundingMode: RoundingMode | null;

  @Field(() => Float, { nullable: true, description: '单次最多计分' })
  perActMax: number | null;

  @Field(() => String, { nullable: true, description: '共享上限的事项组' })
  capGroup: string | null;

  @Field(() => CapMode, { description: '超出上限时' })
  capMode: CapMode;

  @Field(() => [String], { nullable: true, description: '累计奖励：累计哪些事项的数量' })
  milestoneSources: string[] | null;

  @Field(() => MilestoneSpan, { nullable: true, description: '累计范围' })
  milestoneSpan: MilestoneSpan | null;

  @Field(() => [MilestoneType], { nullable: true, description: '累计门槛及分值' })
  milestones: MilestoneType[] | null;

  @Field(() => Boolean, { description: '按户计分时每位家庭成员都计分（否则只计户主）' })
  householdMembers: boolean;

  @Field(() => [BeneficiaryRelation], { nullable: true, description: '可计给行为人的哪些亲属' })
  beneficiaryRelations: BeneficiaryRelation[] | null;

  @Field(() => String, { nullable: true, description: '事项种类：同种类事项在有效期内重复发生按倍数计' })
  kind: string | null;

  @Field(() => String, { nullable: true, description: '不叠加的事项组：同一行为只按组内一项计分' })
  alternativeGroup: string | null;

  @Field(() => [ValidityRuleType], { nullable: true, description: '按分值大小确定的有效期' })
  validityRules: ValidityRuleType[] | null;

  @Field(() => JudgementGrade, { nullable: true, description: '直接认定：年度等次最高为此等次' })
  judgementGrade: JudgementGrade | null;

  @Field(() => Int, { nullable: true, description: '直接认定：村民星级最高为此星级（0–4）' })
  judgementStars: number | null;

  @Field(() => Float, { nullable: true, description: '信用修复：直接认定修复后改为扣此分值' })
  repairPoints: number | null;

  @Field(() => RecordLevel, { description: '计入村级积分、区级信用档案或两者' })
  recordLevel: RecordLevel;

  @Field(() => Boolean, { description: '上限按户合计（全户成员的分值合计计算上限）' })
  capByHousehold: boolean;

  @Field(() => Boolean, { description: '按申报数量计分（每单位或分档），申报时须填写数量' })
  get quantified(): boolean {
    return isQuantified(this);
  }

  @Field({ description: '计分规则的中文说明（分值、分档、取整、单次最多、上限）' })
  get rule(): string {
    return describeRule(this);
  }
}

/** Copies the shared item fields (and the id) of an entity onto a new object type instance. */
export function itemTypeFrom<T extends ItemFieldsType>(
  type: new () => T,
  entity: ItemFields & { id: string },
  extra: Partial<T> = {},
): T {
  return Object.assign(new type(), { id: entity.id, ...pickItemFields(entity), ...extra });
}

@ObjectType('EvaluationItem', { description: '区评分框架的评价事项' })
export class EvaluationItemType extends ItemFieldsType {
  @Field(() => Boolean, { description: '已撤回（草稿中）' })
  withdrawn: boolean;
}

@ObjectType('TownItem', { description: '镇操作手册新增的事项' })
export class TownItemType extends ItemFieldsType {
  @Field(() => Boolean, { description: '已撤回（草稿中）' })
  withdrawn: boolean;
}

@ObjectType('VillageItem', { description: '村自定事项' })
export class VillageItemType extends ItemFieldsType {
  @Field(() => Boolean, { description: '已撤回（草稿中）' })
  withdrawn: boolean;

  @Field(() => Boolean, { description: '超出手册限额，需镇审批' })
  requiresApproval: boolean;

  @Field(() => Date, { nullable: true, description: '镇审批时间' })
  approvedAt: Date | null;
}

@ObjectType('EffectiveItem', { description: '村积分评价清单中生效的事项（通过时冻结的值）' })
export class EffectiveItemType extends ItemFieldsType {
  @Field(() => ItemSource, { description: '来源：区框架、镇手册或村自定' })
  source: ItemSource;

  @Field(() => ID, { description: '来源事项编号' })
  sourceItemId: string;
}
