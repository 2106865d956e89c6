import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IdField, IsCivilDate } from '@village/platform-common';
import { ScoringTeamMemberKind } from '../member-kind.enum';

@InputType({ description: '评分队伍成员' })
export class ScoringTeamMemberInput {
  @IdField({ description: '村民' })
  residentId: string;

  @Field(() => ScoringTeamMemberKind, { description: '类别：党员先锋、村干部或群众代表' })
  @IsEnum(ScoringTeamMemberKind, { message: '类别无效' })
  kind: ScoringTeamMemberKind;
}

@InputType({ description: '设置评分队伍（整份成员名单，形成新的任期；原名单保留为历史）' })
export class SetScoringTeamInput {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int, { description: '队伍编号（1–3）' })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(3, { message: '不能大于 3' })
  number: number;

  @Field({ description: '队伍名称' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  name: string;

  @Field(() => [ScoringTeamMemberInput], { description: '全部成员' })
  @ArrayMinSize(1, { message: '至少一名成员' })
  @ArrayMaxSize(50, { message: '最多 50 名成员' })
  @ValidateNested({ each: true })
  @Type(() => ScoringTeamMemberInput)
  members: ScoringTeamMemberInput[];

  @Field(() => String, { nullable: true, description: '新名单生效日期（YYYY-MM-DD），默认今天' })
  @IsOptional()
  @IsCivilDate()
  effectiveFrom?: string | null;
}
