import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { IdField } from '@village/platform-common';
import { ITEM_CODE_PATTERN } from '../template-merge';
import { CLAUSE_MAX_LENGTH, MAX_ITEM_CODES, Trim } from './template-fields';

@InputType({ description: '给草稿模板添加一条职责条款' })
export class AddContractClauseInput {
  @IdField()
  templateId: string;

  @Field({ description: '条款内容' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(CLAUSE_MAX_LENGTH, { message: `不能超过 ${CLAUSE_MAX_LENGTH} 个字` })
  text: string;

  @Field(() => Int, { nullable: true, description: '插入位置（从 0 开始）；不填则加在最后' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(0, { message: '不能小于 0' })
  position?: number;
}

@InputType({ description: '设置草稿模板关联的考评项目编码（整体替换）' })
export class SetContractTemplateItemsInput {
  @IdField()
  templateId: string;

  @Field(() => [String], { description: '考评项目编码（如 RED-01）' })
  @Trim()
  @IsArray({ message: '必须是列表' })
  @ArrayMaxSize(MAX_ITEM_CODES, { message: `最多 ${MAX_ITEM_CODES} 项` })
  @Matches(ITEM_CODE_PATTERN, { each: true, message: '编码格式不对：大写字母开头，可含数字、点或连字符' })
  @MaxLength(32, { each: true, message: '编码不能超过 32 位' })
  itemCodes: string[];
}
