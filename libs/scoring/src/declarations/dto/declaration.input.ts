import { ArgsType, Field, Float, InputType } from '@nestjs/graphql';
import {
  IsArray,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs, IdField } from '@village/platform-common';
import { BeneficiaryRelation } from '@village/rulebook';
import { DeclarationStatus, ReviewDecision } from '../declaration-enums';

@InputType()
export class EvidenceFileInput {
  @Field({ description: '文件名' })
  @IsString({ message: '必须是文字' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  fileName: string;

  @Field({ description: '文件类型：image/jpeg、image/png 或 application/pdf' })
  @IsString({ message: '必须是文字' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  contentType: string;

  @Field({ description: '文件内容（base64）；所有文件合计不超过 2 MB' })
  @IsString({ message: '必须是文字' })
  contentBase64: string;
}

@InputType()
export class DeclareActInput {
  @Field({ description: '积分评价清单中的事项编码' })
  @IsString({ message: '必须是文字' })
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(32, { message: '不能超过 32 个字' })
  itemCode: string;

  @Field({ description: '事项发生日期（YYYY-MM-DD）' })
  @IsISO8601({ strict: true }, { message: '必须是有效日期（YYYY-MM-DD）' })
  actedOn: string;

  @Field(() => Float, { nullable: true, description: '数量（按单位计分的事项必填，如小时数）' })
  @IsOptional()
  @IsNumber({}, { message: '必须是数字' })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: '说明' })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  note?: string | null;

  @Field({ description: '幂等键：重试时使用同一个键，只会登记一次' })
  @IsString({ message: '必须是文字' })
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  idempotencyKey: string;

  @IdField({
    nullable: true,
    description: '计分的亲属（行为计给行为人的配偶、子女或父母时填写；事项须允许）',
  })
  beneficiaryResidentId?: string | null;

  @Field(() => BeneficiaryRelation, { nullable: true, description: '计分的亲属是行为人的什么人' })
  @IsOptional()
  @IsEnum(BeneficiaryRelation, { message: '亲属关系无效' })
  beneficiaryRelation?: BeneficiaryRelation | null;

  @Field(() => [EvidenceFileInput], { nullable: true, description: '佐证材料（照片或 PDF，最多 5 个）' })
  @IsOptional()
  @IsArray({ message: '必须是列表' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceFileInput)
  evidence?: EvidenceFileInput[] | null;
}

@InputType()
export class RegisterActInput extends DeclareActInput {
  @IdField({ description: '村民' })
  residentId: string;
}

@InputType()
export class ReviewDeclarationInput {
  @IdField()
  declarationId: string;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision, { message: '审核结论无效' })
  decision: ReviewDecision;

  @Field(() => Float, {
    nullable: true,
    description: '分值（通过或修正时在事项分值范围内选择；按单位计分的事项自动计算）',
  })
  @IsOptional()
  @IsNumber({}, { message: '必须是数字' })
  points?: number | null;

  @Field(() => String, { nullable: true, description: '理由（驳回、修正时必填）' })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '修正后的事项编码（仅修正时；须在本村当年清单中并适用于该村民；不填则事项不变）',
  })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MaxLength(32, { message: '不能超过 32 个字' })
  amendedItemCode?: string | null;

  @Field(() => Float, { nullable: true, description: '修正后的数量（仅修正时，按单位计分的事项）' })
  @IsOptional()
  @IsNumber({}, { message: '必须是数字' })
  amendedQuantity?: number | null;
}

@ArgsType()
export class DeclarationsArgs extends PageArgs {
  @IdField()
  villageId: string;

  @Field(() => DeclarationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DeclarationStatus, { message: '申报状态无效' })
  status?: DeclarationStatus | null;

  @IdField({ nullable: true })
  residentId?: string | null;
}
