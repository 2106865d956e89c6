import { Field, InputType } from '@nestjs/graphql';
import { IsISO8601, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { IdField, Trim } from '@village/platform-common';
import { ContractYearField } from './contract-year.field';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '必须是有效日期，格式 YYYY-MM-DD';

@InputType({ description: '为本村生成某年度的契约草稿（已有契约的不再生成）' })
export class GenerateContractDraftsInput {
  @IdField({ description: '村' })
  villageId: string;

  @ContractYearField()
  year: number;
}

@InputType({ description: '签订契约：签订日期和见证人（填姓名，或选本村村民）' })
export class SignContractInput {
  @IdField()
  id: string;

  @Field({ description: '签订日期（YYYY-MM-DD）' })
  @Matches(DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  signedOn: string;

  @Field(() => String, { nullable: true, description: '见证人姓名' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  witnessName?: string;

  @IdField({ nullable: true, description: '见证人（本村村民）' })
  witnessResidentId?: string;
}

@InputType({ description: '解除已签订的契约（须写明原因）' })
export class TerminateContractInput {
  @IdField()
  id: string;

  @Field({ description: '解除日期（YYYY-MM-DD）' })
  @Matches(DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  terminatedOn: string;

  @Field({ description: '解除原因' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  reason: string;
}
