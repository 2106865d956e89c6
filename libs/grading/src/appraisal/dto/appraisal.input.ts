import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SubjectType, IdField } from '@village/platform-common';
import { VillageYearArgs } from '@village/scoring';
import { APPRAISED_SUBJECTS, SampleFinding } from '../appraisal-enums';
import { MAX_APPRAISAL_SAMPLE } from '../appraisal-sample.service';

const YEAR_MESSAGE = { message: '年度应为 2000–2100 之间的整数' };

@InputType({ description: '民主评议：为本村一名党员或村民代表评分（每人每年每种身份只评一次）' })
export class RateAppraisalInput {
  @Field(() => Int, { description: '年度' })
  @IsInt(YEAR_MESSAGE)
  @Min(2000, YEAR_MESSAGE)
  @Max(2100, YEAR_MESSAGE)
  year: number;

  @IdField({ description: '被评议的村民' })
  rateeResidentId: string;

  @Field(() => SubjectType, { description: '评议其哪一身份：党员或村民代表' })
  @IsIn([...APPRAISED_SUBJECTS], { message: '民主评议只针对党员和村民代表' })
  subjectType: SubjectType;

  @Field(() => Int, { description: '评分（0–100 的整数）' })
  @IsInt({ message: '评分必须是 0 到 100 之间的整数' })
  @Min(0, { message: '评分必须是 0 到 100 之间的整数' })
  @Max(100, { message: '评分必须是 0 到 100 之间的整数' })
  rating: number;

  @Field(() => String, { nullable: true, description: '意见（可选）' })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  comment?: string | null;
}

@ArgsType()
export class DrawAppraisalSampleArgs extends VillageYearArgs {
  @Field(() => Int, { description: `抽查人数（1–${MAX_APPRAISAL_SAMPLE}）` })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: `抽查人数必须是 1 到 ${MAX_APPRAISAL_SAMPLE} 之间的整数` })
  @Max(MAX_APPRAISAL_SAMPLE, { message: `抽查人数必须是 1 到 ${MAX_APPRAISAL_SAMPLE} 之间的整数` })
  size: number;
}

@ArgsType()
export class RecordSampleFindingArgs {
  @IdField({ description: '抽查记录编号' })
  sampleId: string;

  @Field(() => SampleFinding, { description: '审查结论' })
  @IsEnum(SampleFinding, { message: '不是有效的审查结论' })
  finding: SampleFinding;

  @Field(() => String, { nullable: true, description: '情况说明（存在疑问时必填）' })
  @IsOptional()
  @IsString({ message: '必须是文字' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  note?: string | null;
}
