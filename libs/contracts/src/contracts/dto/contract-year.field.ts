import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The year (年度) contracts are made for or listed by: a whole year from 2000 to 2100. */
export function ContractYearField(options: { nullable?: boolean } = {}): PropertyDecorator {
  const nullable = options.nullable === true;
  return (target, key) => {
    // Applied in the order the hand-written decorators were, bottom to top: the messages come in that order.
    Max(2100, { message: '不能晚于 2100 年' })(target, key);
    Min(2000, { message: '不能早于 2000 年' })(target, key);
    IsInt({ message: '必须是整数' })(target, key);
    if (nullable) IsOptional()(target, key);
    Field(() => Int, { ...(nullable ? { nullable: true } : {}), description: '年度' })(target, key);
  };
}
