import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/**
 * Validity by the size of the points (a catalogue's "扣分 5 分以下有效期 1 年，5 分以上 2 年"): the
 * first rule, in ascending order of `maxPoints`, whose bound the entry's magnitude does not pass gives
 * its months; a rule without a bound takes every larger magnitude.
 */
export interface ValidityRule {
  maxPoints: number | null;
  months: number;
}

/** The months of validity for an entry of `magnitude` points, or null when no rule covers it. */
export function validityMonthsFor(rules: readonly ValidityRule[], magnitude: number): number | null {
  const sorted = [...rules].sort((a, b) => (a.maxPoints ?? Infinity) - (b.maxPoints ?? Infinity));
  return sorted.find((r) => r.maxPoints === null || magnitude <= r.maxPoints + 1e-9)?.months ?? null;
}

@InputType('ValidityRuleInput', { description: '按分值大小确定的有效期：不超过某分值的记录有效若干月' })
export class ValidityRuleInput implements ValidityRule {
  @Field(() => Float, { nullable: true, description: '分值（绝对值）不超过此数；不填表示更大的分值' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '必须是不超过两位小数的数' })
  @Min(0.01, { message: '必须大于 0' })
  maxPoints: number | null = null;

  @Field(() => Int, { description: '有效期（月）' })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(120, { message: '不能大于 120' })
  months: number;
}

@ObjectType('ValidityRule', { description: '按分值大小确定的有效期' })
export class ValidityRuleType implements ValidityRule {
  @Field(() => Float, { nullable: true, description: '分值（绝对值）不超过此数；空表示更大的分值' })
  maxPoints: number | null;

  @Field(() => Int, { description: '有效期（月）' })
  months: number;
}
