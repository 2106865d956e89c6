import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsNumber, Max, Min } from 'class-validator';

/**
 * One threshold of a cumulative milestone item (e.g. 20 volunteer hours in total → 3 points): scored
 * once, when an approval takes the resident's summed quantity of the source items across it.
 */
export interface Milestone {
  threshold: number;
  points: number;
}

@InputType('MilestoneInput', { description: '累计达到的一档：累计数量达到门槛时计一次分' })
export class MilestoneInput implements Milestone {
  @Field(() => Float, { description: '累计门槛（如 20 小时）' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '必须是不超过两位小数的数' })
  @Min(0.01, { message: '必须大于 0' })
  threshold: number;

  @Field(() => Float, { description: '达到门槛时计的分值' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '必须是不超过两位小数的数' })
  @Min(0, { message: '不能为负数' })
  @Max(1000, { message: '不能大于 1000' })
  points: number;
}

@ObjectType('Milestone', { description: '累计达到的一档' })
export class MilestoneType implements Milestone {
  @Field(() => Float, { description: '累计门槛' })
  threshold: number;

  @Field(() => Float, { description: '达到门槛时计的分值' })
  points: number;
}
