import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** Bounded offset pagination shared by every list query. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: '每页条数（1–100）' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(MAX_PAGE_SIZE, { message: `不能大于 ${MAX_PAGE_SIZE}` })
  limit = 20;

  @Field(() => Int, { defaultValue: 0, description: '跳过的条数' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(0, { message: '不能小于 0' })
  offset = 0;
}
