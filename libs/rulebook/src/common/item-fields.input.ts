import { Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ArrayMaxSize,
  ValidateNested,
  IsIn,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  BeneficiaryRelation,
  CapMode,
  ItemCategory,
  ItemDirection,
  JudgementGrade,
  MilestoneSpan,
  RecordLevel,
  RoundingMode,
  ScoreTrack,
} from './item-enums';
import { ValidityRuleInput } from './validity-rule';
import { AmountBandInput } from './amount-band';
import { MilestoneInput } from './milestone';
import type { ItemFields } from './item-columns';
import { SubjectType } from '@village/platform-common';

const POINTS = { message: '必须是不超过两位小数的数' };

/** The fields of an evaluation item (framework, town or village item); updates replace them all. */
@InputType({ description: '评价事项内容' })
export class ItemFieldsInput implements ItemFields {
  @Field({ description: '编码（在所属框架、手册或清单内唯一）' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: '只能由字母、数字、下划线和短横线组成，最长 32 位' })
  code: string;

  @Field({ description: '事项名称' })
  @IsString({ message: '必须是文字' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  name: string;

  @Field(() => String, { defaultValue: '', description: '说明' })
  @IsString({ message: '必须是文字' })
  @MaxLength(2000, { message: '不能超过 2000 个字' })
  description = '';

  @Field(() => ItemCategory, { description: '类别' })
  @IsEnum(ItemCategory, { message: '类别无效' })
  category: ItemCategory;

  @Field(() => ItemDirection, { description: '加分项或扣分项' })
  @IsEnum(ItemDirection, { message: '方向无效' })
  direction: ItemDirection;

  @Field(() => Float, { description: '分值下限（正数，方向决定加减）' })
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(0, { message: '不能为负数' })
  @Max(1000, { message: '不能大于 1000' })
  pointsMin: number;

  @Field(() => Float, { description: '分值上限（与下限相同即为固定分值）' })
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(0, { message: '不能为负数' })
  @Max(1000, { message: '不能大于 1000' })
  pointsMax: number;

  @Field(() => Float, { nullable: true, description: '按数量计分时每单位的分值' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(0, { message: '不能为负数' })
  perUnitPoints: number | null = null;

  @Field(() => String, { nullable: true, description: '计量单位（如“小时”）' })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MaxLength(16, { message: '不能超过 16 个字' })
  unitLabel: string | null = null;

  @Field(() => ScoreTrack, { description: '计入哪类积分' })
  @IsEnum(ScoreTrack, { message: '积分类型无效' })
  track: ScoreTrack;

  @Field(() => [SubjectType], { description: '适用主体' })
  @ArrayMinSize(1, { message: '至少选择一类主体' })
  @ArrayUnique({ message: '不能重复' })
  @IsEnum(SubjectType, { each: true, message: '主体类型无效' })
  subjectTypes: SubjectType[];

  @Field(() => Boolean, { defaultValue: false, description: '是否需要佐证材料' })
  @IsBoolean({ message: '必须是是或否' })
  evidenceRequired = false;

  @Field(() => Float, { nullable: true, description: '每月累计上限' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(0, { message: '不能为负数' })
  capPerMonth: number | null = null;

  @Field(() => Float, { nullable: true, description: '每季度累计上限' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(0, { message: '不能为负数' })
  capPerQuarter: number | null = null;

  @Field(() => Float, { nullable: true, description: '每年累计上限' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(0, { message: '不能为负数' })
  capPerYear: number | null = null;

  @Field(() => Int, { nullable: true, description: '有效期（月）' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(120, { message: '不能大于 120' })
  validityMonths: number | null = null;

  @Field(() => Float, { defaultValue: 1, description: '有效期内重复发生时的倍数' })
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(1, { message: '不能小于 1' })
  @Max(10, { message: '不能大于 10' })
  repeatMultiplier = 1;

  @Field(() => Boolean, { defaultValue: false, description: '一票否决项' })
  @IsBoolean({ message: '必须是是或否' })
  veto = false;

  @Field(() => Boolean, { defaultValue: false, description: '按户计分' })
  @IsBoolean({ message: '必须是是或否' })
  household = false;

  @Field(() => [Float], {
    nullable: true,
    description: '分值档次：审核时只能选其中之一（如 10、20、40、50）',
  })
  @IsOptional()
  @ArrayMinSize(2, { message: '至少两个档次' })
  @ArrayMaxSize(10, { message: '最多 10 个档次' })
  @ArrayUnique({ message: '档次不能重复' })
  @IsNumber({ maxDecimalPlaces: 2 }, { each: true, ...POINTS })
  @Min(0, { each: true, message: '不能为负数' })
  pointLevels: number[] | null = null;

  @Field(() => [AmountBandInput], { nullable: true, description: '按申报数量（金额）分档计分' })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少一档' })
  @ArrayMaxSize(20, { message: '最多 20 档' })
  @ValidateNested({ each: true })
  @Type(() => AmountBandInput)
  amountBands: AmountBandInput[] | null = null;

  @Field(() => Float, { nullable: true, description: '按单位或分档费率计算时的取整单位（如 0.1、1）' })
  @IsOptional()
  @IsIn([0.01, 0.1, 0.5, 1], { message: '只能是 0.01、0.1、0.5 或 1' })
  roundingStep: number | null = null;

  @Field(() => RoundingMode, { nullable: true, description: '取整方式' })
  @IsOptional()
  @IsEnum(RoundingMode, { message: '取整方式无效' })
  roundingMode: RoundingMode | null = null;

  @Field(() => Float, { nullable: true, description: '单次最多计分' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(0.01, { message: '必须大于 0' })
  perActMax: number | null = null;

  @Field(() => String, { nullable: true, description: '共享上限的事项组编码：同组事项合计计算上限' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: '只能由字母、数字、下划线和短横线组成，最长 32 位' })
  capGroup: string | null = null;

  @Field(() => CapMode, {
    defaultValue: CapMode.REFUSE,
    description: '超出上限（或单次最多分）时：不予受理或计至上限',
  })
  @IsEnum(CapMode, { message: '超出上限的处理方式无效' })
  capMode: CapMode = CapMode.REFUSE;

  @Field(() => [String], {
    nullable: true,
    description: '累计奖励：累计哪些事项的数量（事项编码，如志愿服务小时）',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少一个事项' })
  @ArrayMaxSize(10, { message: '最多 10 个事项' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { each: true, message: '事项编码只能由字母、数字、下划线和短横线组成' })
  milestoneSources: string[] | null = null;

  @Field(() => MilestoneSpan, { nullable: true, description: '累计范围：本年度或历年' })
  @IsOptional()
  @IsEnum(MilestoneSpan, { message: '累计范围无效' })
  milestoneSpan: MilestoneSpan | null = null;

  @Field(() => [MilestoneInput], { nullable: true, description: '累计门槛及分值，每档只计一次' })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少一档' })
  @ArrayMaxSize(20, { message: '最多 20 档' })
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones: MilestoneInput[] | null = null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: '按户计分时每位现有家庭成员都计分（每季度每户一次）；否则只计户主',
  })
  @IsBoolean({ message: '必须是是或否' })
  householdMembers = false;

  @Field(() => [BeneficiaryRelation], {
    nullable: true,
    description: '可计给行为人的哪些亲属（如子女参军计给父母）；不填只计行为人本人',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少一种关系' })
  @ArrayUnique({ message: '关系不能重复' })
  @IsEnum(BeneficiaryRelation, { each: true, message: '亲属关系无效' })
  beneficiaryRelations: BeneficiaryRelation[] | null = null;

  @Field(() => String, {
    nullable: true,
    description: '事项种类编码：同种类的任一事项在有效期内重复发生都按重复倍数计',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: '只能由字母、数字、下划线和短横线组成，最长 32 位' })
  kind: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: '不叠加的事项组编码：同一人同一天的同一行为只按组内一项（最高的一项）计分',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: '只能由字母、数字、下划线和短横线组成，最长 32 位' })
  alternativeGroup: string | null = null;

  @Field(() => [ValidityRuleInput], {
    nullable: true,
    description: '按分值大小确定有效期（填写后代替固定的有效期月数）',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少一条' })
  @ArrayMaxSize(10, { message: '最多 10 条' })
  @ValidateNested({ each: true })
  @Type(() => ValidityRuleInput)
  validityRules: ValidityRuleInput[] | null = null;

  @Field(() => JudgementGrade, {
    nullable: true,
    description: '直接认定：有效期内年度等次最高为此等次（党员、村民代表）',
  })
  @IsOptional()
  @IsEnum(JudgementGrade, { message: '等次无效' })
  judgementGrade: JudgementGrade | null = null;

  @Field(() => Int, { nullable: true, description: '直接认定：有效期内村民星级最高为此星级（0–4）' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(0, { message: '不能小于 0' })
  @Max(4, { message: '不能大于 4' })
  judgementStars: number | null = null;

  @Field(() => Float, {
    nullable: true,
    description: '信用修复：直接认定经修复后改为扣除的分值；不填表示不可修复',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, POINTS)
  @Min(0, { message: '不能为负数' })
  repairPoints: number | null = null;

  @Field(() => RecordLevel, {
    defaultValue: RecordLevel.BOTH,
    description: '计入村级积分、区级信用档案或两者',
  })
  @IsEnum(RecordLevel, { message: '计入的信用记录无效' })
  recordLevel: RecordLevel = RecordLevel.BOTH;

  @Field(() => Boolean, {
    defaultValue: false,
    description: '上限按户合计：每月、每季度、每年上限按全户成员的分值合计计算（否则按人）',
  })
  @IsBoolean({ message: '必须是是或否' })
  capByHousehold = false;
}
