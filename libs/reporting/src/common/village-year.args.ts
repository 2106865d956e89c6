import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IdField } from '@village/platform-common';

const YEAR = { message: '年度应为 2000–2100 之间的整数' };

/** `(villageId: ID!, year: Int!)`: a village's list of one year (meetings, activities). */
@ArgsType()
export class VillageYearArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int)
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year: number;
}
