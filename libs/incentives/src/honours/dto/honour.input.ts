import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { IdField, SubjectType, Trim } from '@village/platform-common';
import { Grade } from '@village/grading';

const YEAR = { message: '年度应为 2000–2100 之间的整数' };

@InputType({ description: '新设一种荣誉（区）：名称与评选条件' })
export class CreateHonourTypeInput {
  @IdField({ description: '区' })
  districtId: string;

  @Field({ description: '荣誉名称，如 优秀党员、五星文明户' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(60, { message: '不能超过 60 个字' })
  name: string;

  @Field(() => SubjectType, { description: '评选对象的主体类型' })
  @IsEnum(SubjectType, { message: '不是有效的主体类型' })
  subjectType: SubjectType;

  @Field(() => Int, { nullable: true, description: '年度总评最低星级（0–5）' })
  @IsOptional()
  @IsInt({ message: '必须是 0 到 5 之间的整数' })
  @Min(0, { message: '必须是 0 到 5 之间的整数' })
  @Max(5, { message: '必须是 0 到 5 之间的整数' })
  minStars?: number | null;

  @Field(() => Grade, { nullable: true, description: '年度总评最低等次' })
  @IsOptional()
  @IsEnum(Grade, { message: '不是有效的等次' })
  minGrade?: Grade | null;

  @Field(() => Int, { nullable: true, description: '每村最多推荐人数（可选）' })
  @IsOptional()
  @IsInt({ message: '必须是正整数' })
  @Min(1, { message: '必须是正整数' })
  maxPerVillage?: number | null;
}

@InputType({ description: '村推荐一名村民参评一项荣誉' })
export class NominateHonourInput {
  @IdField({ description: '荣誉类型' })
  honourTypeId: string;

  @IdField({ description: '被推荐的村民' })
  residentId: string;

  @Field(() => Int, { description: '评选年度（须为已最终确定的总评年度）' })
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year: number;

  @Field({ description: '推荐理由，最多 500 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  reason: string;
}

@InputType({ description: '镇审批一项推荐：同意或不同意，并写明理由' })
export class DecideNominationInput {
  @IdField({ description: '推荐记录' })
  nominationId: string;

  @Field({ description: '是否同意' })
  @IsBoolean({ message: '必须是是或否' })
  approve: boolean;

  @Field({ description: '审批理由，最多 500 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  reason: string;
}

@ArgsType()
export class PublishHonourListArgs {
  @IdField({ description: '镇' })
  townId: string;

  @Field(() => Int, { description: '年度' })
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year: number;
}

@ArgsType()
export class HonourNominationsArgs {
  @IdField({ nullable: true, description: '只看该村' })
  villageId?: string | null;

  @IdField({ nullable: true, description: '只看该镇' })
  townId?: string | null;

  @Field(() => Int, { nullable: true, description: '只看该年度' })
  @IsOptional()
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year?: number | null;
}
