import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageArgs, IdField } from '@village/platform-common';
import { ItemEditInput } from '../../common/item-edit.input';
import { ScoreRulesInput } from './score-rules.type';

function year() {
  return (target: object, key: string) => {
    IsInt({ message: '必须是整数' })(target, key);
    Min(2000, { message: '年度不能早于 2000' })(target, key);
    Max(2100, { message: '年度不能晚于 2100' })(target, key);
  };
}

@InputType({ description: '新建年度评分框架（草稿，规则取默认值）' })
export class CreateFrameworkInput {
  @Field(() => Int, { description: '年度' })
  @year()
  year: number;

  @Field({ description: '标题' })
  @IsString({ message: '必须是文字' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  title: string;

  @IdField({ nullable: true, description: '所属区（不填则为当前管理员所在区）' })
  districtId?: string | null;
}

@InputType({ description: '修改草稿框架的评分规则' })
export class UpdateFrameworkRulesInput {
  @IdField()
  frameworkId: string;

  @Field(() => ScoreRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScoreRulesInput)
  rules?: ScoreRulesInput | null;

  @Field(() => Int, { nullable: true, description: '允许镇调整分值的最大幅度（%）' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(0, { message: '不能为负数' })
  @Max(100, { message: '不能大于 100' })
  maxAdjustmentPercent?: number | null;

  @Field(() => String, { nullable: true, description: '标题' })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  title?: string | null;
}

@InputType({ description: '在草稿框架中新增评价事项' })
export class AddEvaluationItemInput extends ItemEditInput {
  @IdField()
  frameworkId: string;
}

@InputType({ description: '修改草稿框架中的评价事项（整体替换）' })
export class UpdateEvaluationItemInput extends ItemEditInput {
  @IdField()
  itemId: string;
}

@ArgsType()
export class FrameworksArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: '年度' })
  @IsOptional()
  @year()
  year?: number | null;
}
