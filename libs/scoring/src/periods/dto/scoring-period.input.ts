import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsISO8601, IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import { IdField } from '@village/platform-common';
import { ScoringPeriodStatus } from '../period-enums';

@ArgsType()
export class VillageYearArgs {
  @IdField()
  villageId: string;

  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '必须是整数' })
  @Min(2000, { message: '年度应为 2000–2100 之间的整数' })
  @Max(2100, { message: '年度应为 2000–2100 之间的整数' })
  year: number;
}

@ArgsType()
export class VillageDateArgs {
  @IdField()
  villageId: string;

  @Field(() => String, { description: '日期（YYYY-MM-DD）' })
  @IsISO8601({ strict: true }, { message: '必须是有效日期（YYYY-MM-DD）' })
  date: string;
}

/** Arguments of advanceScoringPeriod: the period, its next status and why. */
@ArgsType()
export class AdvanceScoringPeriodArgs {
  @IdField()
  id: string;

  @Field(() => ScoringPeriodStatus, { description: '目标状态' })
  @IsEnum(ScoringPeriodStatus, { message: '不是有效的期间状态' })
  to: ScoringPeriodStatus;

  @Field(() => String, { description: '原因（记入状态变化记录）' })
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(500, { message: '不能超过 500 字' })
  reason: string;
}
