import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { IdField, IsCivilDate } from '@village/platform-common';

@InputType({ description: '任命岗位人员' })
export class AssignPostHolderInput {
  @IdField({ description: '岗位' })
  postId: string;

  @IdField({ description: '村民' })
  residentId: string;

  @Field({ description: '任期开始日期（YYYY-MM-DD）' })
  @IsCivilDate()
  startDate: string;

  @Field(() => String, { nullable: true, description: '任期最后一天（含），不填表示未定' })
  @IsOptional()
  @IsCivilDate()
  endDate?: string | null;
}

@InputType({ description: '结束岗位任期（记录保留）' })
export class EndPostAssignmentInput {
  @IdField({ description: '任期记录' })
  assignmentId: string;

  @Field({ description: '任期最后一天（含）' })
  @IsCivilDate()
  endDate: string;

  @Field({ description: '结束原因' })
  @MinLength(1, { message: '不能为空' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  reason: string;
}
