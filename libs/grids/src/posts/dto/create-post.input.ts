import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { IdField } from '@village/platform-common';

/** Evaluation item codes as the rulebook writes them (letters, digits, '.', '-', '_'). */
export const ITEM_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

@InputType({ description: '在网格中新设自治岗位' })
export class CreatePostInput {
  @IdField({ description: '网格' })
  gridId: string;

  @Field({ description: '岗位名称，如 环境卫生岗' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  name: string;

  @Field(() => String, { defaultValue: '', description: '岗位职责' })
  @IsOptional()
  @MaxLength(2000, { message: '不能超过 2000 个字' })
  duties = '';

  @Field(() => [String], { defaultValue: [], description: '对应的评价项目编码' })
  @IsOptional()
  @ArrayMaxSize(50, { message: '最多 50 项' })
  @Matches(ITEM_CODE_PATTERN, {
    each: true,
    message: '评价项目编码格式不正确（字母、数字、.-_，最多 32 位）',
  })
  itemCodes: string[] = [];
}
