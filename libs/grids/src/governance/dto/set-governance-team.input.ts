import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IdField, IsCivilDate } from '@village/platform-common';

@InputType({ description: '“1+4+N”中的副手' })
export class GovernanceDeputyInput {
  @IdField({ description: '村民' })
  residentId: string;

  @Field({ description: '职务，如 党小组长、村民代表组长、网格长、志愿者队长' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(32, { message: '不能超过 32 个字' })
  dutyTitle: string;
}

@InputType({ description: '“1+4+N”中的网格员' })
export class GovernanceWorkerInput {
  @IdField({ description: '村民' })
  residentId: string;

  @Field({ description: '是否专职（否则为兼职）' })
  @IsBoolean({ message: '必须是是或否' })
  fullTime: boolean;
}

@InputType({ description: '设置“1+4+N”治理队伍（整支队伍，形成新版本；旧版本保留）' })
export class SetGovernanceTeamInput {
  @IdField({ description: '村' })
  villageId: string;

  @IdField({ description: '带头人（如党支部书记）' })
  leaderId: string;

  @Field(() => String, { defaultValue: '党支部书记', description: '带头人职务' })
  @IsOptional()
  @MinLength(1, { message: '不能为空' })
  @MaxLength(32, { message: '不能超过 32 个字' })
  leaderTitle = '党支部书记';

  @Field(() => [GovernanceDeputyInput], { description: '4 名副手' })
  @ArrayMaxSize(10, { message: '副手人数有误' })
  @ValidateNested({ each: true })
  @Type(() => GovernanceDeputyInput)
  deputies: GovernanceDeputyInput[];

  @Field(() => [GovernanceWorkerInput], { defaultValue: [], description: '专兼职网格员（N ≥ 0）' })
  @IsOptional()
  @ArrayMaxSize(200, { message: '最多 200 名网格员' })
  @ValidateNested({ each: true })
  @Type(() => GovernanceWorkerInput)
  workers: GovernanceWorkerInput[] = [];

  @Field(() => String, { nullable: true, description: '生效日期（YYYY-MM-DD），默认今天' })
  @IsOptional()
  @IsCivilDate()
  effectiveFrom?: string | null;
}
