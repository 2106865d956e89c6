import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IdField, IsCivilDate } from '@village/platform-common';

@ArgsType()
export class CaptainOnArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int, { description: '队伍编号（1–3）' })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(3, { message: '不能大于 3' })
  teamNumber: number;

  @Field({ description: '日期（YYYY-MM-DD）' })
  @IsCivilDate()
  date: string;
}
