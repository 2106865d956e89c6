import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ExceptionApprover } from '../../rules/village-limits';
import { Type } from 'class-transformer';
import { LetterGradeInput, LetterGradeType } from '../../rules/letter-grades';
import { MAX_APPRAISAL_WEIGHT, type ScoreRules } from '../../rules/score-rules';

@ObjectType('ScoreRules', { description: '评分规则：基础分、权重、等次与星级分数线' })
export class ScoreRulesType implements ScoreRules {
  @Field(() => Int, { description: '居民信用积分基础分' })
  creditBaseScore: number;
  @Field(() => Int, { description: '角色职责积分基础分' })
  roleDutyBaseScore: number;
  @Field(() => Int, { description: '党员：角色职责积分权重（%）' })
  partyMemberRoleDutyWeight: number;
  @Field(() => Int, { description: '党员：信用积分权重（%，信用分按 信用分/基础分×100 折算）' })
  partyMemberCreditWeight: number;
  @Field(() => Int, { description: '村民代表：角色职责积分权重（%）' })
  representativeRoleDutyWeight: number;
  @Field(() => Int, { description: '村民代表：信用积分权重（%）' })
  representativeCreditWeight: number;
  @Field(() => Int, { description: '村干部：角色职责积分权重（%）' })
  cadreRoleDutyWeight: number;
  @Field(() => Int, { description: '村干部：信用积分权重（%）' })
  cadreCreditWeight: number;
  @Field(() => Int, { description: '优秀分数线（≥）' })
  excellentMin: number;
  @Field(() => Int, { description: '优秀名额比例的分子（如 1/3 的 1）' })
  excellentQuotaNumerator: number;
  @Field(() => Int, { description: '优秀名额比例的分母（如 1/3 的 3）' })
  excellentQuotaDenominator: number;
  @Field(() => Int, { description: '合格分数线（≥）' })
  qualifiedMin: number;
  @Field(() => Int, { description: '基本合格分数线（≥），以下为不合格' })
  basicMin: number;
  @Field(() => Int, { description: '五星：总分高于' })
  fiveStarAbove: number;
  @Field(() => Int, { description: '四星：总分高于' })
  fourStarAbove: number;
  @Field(() => Int, { description: '三星：总分高于' })
  threeStarAbove: number;
  @Field(() => Int, { description: '二星：总分高于，其余为一星' })
  twoStarAbove: number;
  @Field(() => Int, { nullable: true, description: '零星：总分不高于此分为 0 星（空：最低为一星）' })
  zeroStarAtOrBelow: number | null;
  @Field(() => [LetterGradeType], {
    nullable: true,
    description: '区级信用等级（如 AAA ≥ 1100 … D）：按区级信用档案分评定；空：不评定',
  })
  letterGrades: LetterGradeType[] | null;
  @Field(() => Int, { description: '民主评议：同级互评占角色职责积分的权重（%，0–50）' })
  peerAppraisalWeight: number;
  @Field(() => Int, {
    description: '民主评议：群众评议占角色职责积分的权重（%，0–50；与同级互评之和小于 100）',
  })
  massAppraisalWeight: number;
  @Field(() => Boolean, { description: '是否允许镇操作手册停用区框架的一票否决项（默认否）' })
  townsMayDisableVetoItems: boolean;
  @Field(() => Int, { description: '村自定加分项数量上限（镇操作手册只能从严）' })
  villageMaxPositiveItems: number;
  @Field(() => Int, { description: '村自定扣分项数量上限（镇操作手册只能从严）' })
  villageMaxNegativeItems: number;
  @Field(() => Int, { description: '村自定事项单项分值上限（镇操作手册只能从严）' })
  villageMaxItemPoints: number;
  @Field(() => ExceptionApprover, { description: '村自定事项超出限额时由谁审批：镇或区' })
  villageExceptionApprover: ExceptionApprover;

  static from(rules: ScoreRules): ScoreRulesType {
    return Object.assign(new ScoreRulesType(), rules);
  }
}

function score(description: string) {
  return (target: object, key: string) => {
    Field(() => Int, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    IsInt({ message: '必须是整数' })(target, key);
    Min(0, { message: '不能为负数' })(target, key);
    Max(100000, { message: '不能大于 100000' })(target, key);
  };
}

function weight(description: string) {
  return (target: object, key: string) => {
    Field(() => Int, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    IsInt({ message: '必须是整数' })(target, key);
    Min(0, { message: '不能为负数' })(target, key);
    Max(MAX_APPRAISAL_WEIGHT, { message: `不能大于 ${MAX_APPRAISAL_WEIGHT}` })(target, key);
  };
}

/** Changes to the score rules; omitted fields keep their value. Consistency is checked at publish. */
@InputType({ description: '修改评分规则（未填写的保持不变）' })
export class ScoreRulesInput implements Partial<ScoreRules> {
  @score('居民信用积分基础分') creditBaseScore?: number;
  @score('角色职责积分基础分') roleDutyBaseScore?: number;
  @score('党员：角色职责积分权重（%）') partyMemberRoleDutyWeight?: number;
  @score('党员：信用积分权重（%）') partyMemberCreditWeight?: number;
  @score('村民代表：角色职责积分权重（%）') representativeRoleDutyWeight?: number;
  @score('村民代表：信用积分权重（%）') representativeCreditWeight?: number;
  @score('村干部：角色职责积分权重（%）') cadreRoleDutyWeight?: number;
  @score('村干部：信用积分权重（%）') cadreCreditWeight?: number;
  @score('优秀分数线') excellentMin?: number;
  @score('优秀名额比例分子') excellentQuotaNumerator?: number;
  @score('优秀名额比例分母') excellentQuotaDenominator?: number;
  @score('合格分数线') qualifiedMin?: number;
  @score('基本合格分数线') basicMin?: number;
  @score('五星分数线') fiveStarAbove?: number;
  @score('四星分数线') fourStarAbove?: number;
  @score('三星分数线') threeStarAbove?: number;
  @score('二星分数线') twoStarAbove?: number;
  @score('零星分数线（总分不高于此分为 0 星；传 null 取消）') zeroStarAtOrBelow?: number | null;
  @weight('民主评议：同级互评权重（%，0–50）') peerAppraisalWeight?: number;
  @weight('民主评议：群众评议权重（%，0–50）') massAppraisalWeight?: number;

  @Field(() => [LetterGradeInput], {
    nullable: true,
    description: '区级信用等级（2–10 档）；传 null 取消评定',
  })
  @IsOptional()
  @ArrayMaxSize(10, { message: '最多 10 档' })
  @ValidateNested({ each: true })
  @Type(() => LetterGradeInput)
  letterGrades?: LetterGradeInput[] | null;

  @Field(() => Boolean, { nullable: true, description: '是否允许镇操作手册停用区框架的一票否决项' })
  @IsOptional()
  @IsBoolean({ message: '必须是是或否' })
  townsMayDisableVetoItems?: boolean;

  @score('村自定加分项数量上限') villageMaxPositiveItems?: number;
  @score('村自定扣分项数量上限') villageMaxNegativeItems?: number;
  @score('村自定事项单项分值上限') villageMaxItemPoints?: number;

  @Field(() => ExceptionApprover, { nullable: true, description: '村自定事项超出限额时由谁审批：镇或区' })
  @IsOptional()
  @IsEnum(ExceptionApprover, { message: '审批层级无效' })
  villageExceptionApprover?: ExceptionApprover;
}
