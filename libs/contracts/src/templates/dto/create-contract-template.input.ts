import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { IdField } from '@village/platform-common';
import { ContractColour } from '../../colour/contract-colour.enum';
import { ITEM_CODE_PATTERN } from '../template-merge';
import { CLAUSE_MAX_LENGTH, MAX_CLAUSES, MAX_ITEM_CODES, Trim } from './template-fields';

@InputType({ description: '新建契约模板（新版本为草稿）：区级模板，或镇对区级同色模板的扩展' })
export class CreateContractTemplateInput {
  @IdField({ description: '制定模板的区或镇（街道）' })
  unitId: string;

  @Field(() => ContractColour, { description: '契约颜色' })
  @IsEnum(ContractColour, { message: '不是有效的契约颜色' })
  colour: ContractColour;

  @Field({ description: '模板标题，最多 64 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  title: string;

  @Field(() => [String], { nullable: true, description: '职责条款（按顺序）；镇级扩展只写新增的条款' })
  @IsOptional()
  @Trim()
  @IsArray({ message: '必须是列表' })
  @ArrayMaxSize(MAX_CLAUSES, { message: `最多 ${MAX_CLAUSES} 条` })
  @IsString({ each: true, message: '每一条都必须是文字' })
  @IsNotEmpty({ each: true, message: '条款不能为空' })
  @MaxLength(CLAUSE_MAX_LENGTH, { each: true, message: `每条不能超过 ${CLAUSE_MAX_LENGTH} 个字` })
  clauses?: string[];

  @Field(() => [String], { nullable: true, description: '关联的考评项目编码（如 RED-01）' })
  @IsOptional()
  @Trim()
  @IsArray({ message: '必须是列表' })
  @ArrayMaxSize(MAX_ITEM_CODES, { message: `最多 ${MAX_ITEM_CODES} 项` })
  @Matches(ITEM_CODE_PATTERN, { each: true, message: '编码格式不对：大写字母开头，可含数字、点或连字符' })
  @MaxLength(32, { each: true, message: '编码不能超过 32 位' })
  itemCodes?: string[];
}
