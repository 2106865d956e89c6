import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsNumber, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@village/platform-common';
import { ScoreTrack } from '@village/rulebook';
import { ObjectionDecision, ObjectionStatus } from '../tally-enums';

@InputType({ description: '对公示中的一行提出异议' })
export class RaiseObjectionInput {
  @Field(() => ID, { description: '公示行' })
  @IsUUID()
  tallyLineId: string;

  @Field({ description: '异议理由' })
  @IsString()
  @MaxLength(1000)
  reason: string;
}

@InputType({ description: '更正分值（异议成立时登记一条更正记录）' })
export class CorrectionAdjustmentInput {
  @Field(() => ScoreTrack)
  @IsEnum(ScoreTrack)
  track: ScoreTrack;

  @Field(() => Float, { description: '更正分值（正为补加，负为扣减）' })
  @IsNumber()
  points: number;
}

@InputType({ description: '答复异议' })
export class AnswerObjectionInput {
  @Field(() => ID)
  @IsUUID()
  objectionId: string;

  @Field(() => ObjectionDecision)
  @IsEnum(ObjectionDecision)
  decision: ObjectionDecision;

  @Field({ description: '答复（成立或不成立都须写明理由，不超过 450 字）' })
  @IsString()
  @MaxLength(450, { message: '答复不能超过 450 字' })
  answer: string;

  @Field(() => [ID], { nullable: true, description: '异议成立：冲正这些台账记录' })
  @IsOptional()
  @IsUUID('all', { each: true })
  reverseEntryIds?: string[] | null;

  @Field(() => CorrectionAdjustmentInput, { nullable: true, description: '异议成立：登记更正分值' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CorrectionAdjustmentInput)
  adjustment?: CorrectionAdjustmentInput | null;
}

@ArgsType()
export class ObjectionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  periodId: string;

  @Field(() => ObjectionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ObjectionStatus)
  status?: ObjectionStatus | null;
}
