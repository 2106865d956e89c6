import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';

/**
 * One row of a band table keyed by the declared amount (donations in yuan, found money returned):
 * amounts from `from` (inclusive) up to `to` (exclusive; open-ended when null) score either a fixed
 * value or a rate per unit of the amount. Stored as JSON on the item, frozen with it.
 */
export interface AmountBand {
  from: number;
  to: number | null;
  points: number | null;
  perUnit: number | null;
}

const AMOUNT = { message: '必须是不超过两位小数的数' };

@InputType('AmountBandInput', { description: '按金额（数量）分档：下限含、上限不含' })
export class AmountBandInput implements AmountBand {
  @Field(() => Float, { description: '本档下限（含）' })
  @IsNumber({ maxDecimalPlaces: 2 }, AMOUNT)
  @Min(0, { message: '不能为负数' })
  from: number;

  @Field(() => Float, { nullable: true, description: '本档上限（不含；空为不封顶）' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, AMOUNT)
  @Min(0, { message: '不能为负数' })
  to: number | null = null;

  @Field(() => Float, { nullable: true, description: '本档固定分值（与每单位分值二选一）' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, AMOUNT)
  @Min(0, { message: '不能为负数' })
  @Max(1000, { message: '不能大于 1000' })
  points: number | null = null;

  @Field(() => Float, { nullable: true, description: '本档每单位分值（如每元 0.01 分）' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 4 }, { message: '必须是不超过四位小数的数' })
  @Min(0, { message: '不能为负数' })
  perUnit: number | null = null;
}

@ObjectType('AmountBand', { description: '按金额（数量）分档的一档：下限含、上限不含' })
export class AmountBandType implements AmountBand {
  @Field(() => Float, { description: '本档下限（含）' })
  from: number;

  @Field(() => Float, { nullable: true, description: '本档上限（不含；空为不封顶）' })
  to: number | null;

  @Field(() => Float, { nullable: true, description: '本档固定分值' })
  points: number | null;

  @Field(() => Float, { nullable: true, description: '本档每单位分值' })
  perUnit: number | null;
}
