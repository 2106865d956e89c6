import { Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IdField } from '@village/platform-common';
import { ItemEditInput } from '../../common/item-edit.input';

@InputType({ description: '新建镇操作手册（草稿）' })
export class CreateManualInput {
  @IdField({ description: '镇（街道）' })
  townId: string;

  @IdField({ description: '依据的区评分框架（须已发布）' })
  frameworkId: string;

  @Field({ description: '标题' })
  @IsString({ message: '必须是文字' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  title: string;
}

function days(description: string, max: number) {
  return (target: object, key: string) => {
    Field(() => Int, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    IsInt({ message: '必须是整数' })(target, key);
    Min(0, { message: '不能为负数' })(target, key);
    Max(max, { message: `不能大于 ${max}` })(target, key);
  };
}

@InputType({ description: '修改草稿手册的设置（未填写的保持不变）' })
export class UpdateManualSettingsInput {
  @IdField()
  manualId: string;

  @Field(() => String, { nullable: true, description: '标题' })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  title?: string | null;

  @days('每月最后几天为登记日', 10) registrationDays?: number | null;
  @days('公示天数', 30) noticeDays?: number | null;
  @days('补录期限（事项发生后几天内可登记）', 92) lateEntryDays?: number | null;
  @days('异议答复期限（工作日）', 30) objectionAnswerWorkingDays?: number | null;
  @days('村自定加分项数量上限', 50) villageMaxPositiveItems?: number | null;
  @days('村自定扣分项数量上限', 50) villageMaxNegativeItems?: number | null;

  @Field(() => Float, { nullable: true, description: '村自定事项单项分值上限' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '必须是不超过两位小数的数' })
  @Min(0, { message: '不能为负数' })
  @Max(1000, { message: '不能大于 1000' })
  villageMaxItemPoints?: number | null;

  @Field(() => String, { nullable: true, description: '村干部操作规程（Markdown）' })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MaxLength(20000, { message: '不能超过 20000 个字' })
  procedure?: string | null;
}

@InputType({ description: '停用或调整一个区框架事项（再次设置同一事项即替换）' })
export class SetManualAdjustmentInput {
  @IdField()
  manualId: string;

  @Field({ description: '框架事项编码' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: '编码格式不正确' })
  itemCode: string;

  @Field(() => Boolean, { defaultValue: false, description: '停用该事项' })
  @IsBoolean({ message: '必须是是或否' })
  disabled = false;

  @Field(() => Float, { nullable: true, description: '调整后的分值下限' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '必须是不超过两位小数的数' })
  @Min(0, { message: '不能为负数' })
  pointsMin?: number | null;

  @Field(() => Float, { nullable: true, description: '调整后的分值上限' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '必须是不超过两位小数的数' })
  @Min(0, { message: '不能为负数' })
  pointsMax?: number | null;

  @Field(() => Float, { nullable: true, description: '调整后的每单位分值' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '必须是不超过两位小数的数' })
  @Min(0, { message: '不能为负数' })
  perUnitPoints?: number | null;

  @Field(() => String, { defaultValue: '', description: '理由' })
  @IsString({ message: '必须是文字' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  reason = '';
}

@InputType({ description: '在草稿手册中新增本镇事项' })
export class AddTownItemInput extends ItemEditInput {
  @IdField()
  manualId: string;
}

@InputType({ description: '修改草稿手册中的本镇事项（整体替换）' })
export class UpdateTownItemInput extends ItemEditInput {
  @IdField()
  itemId: string;
}
