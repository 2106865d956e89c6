import { Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has the shape of a UUID (any version): checked before an id reaches a query. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** What a client is told when an id it sent is not a UUID. */
export const INVALID_ID_MESSAGE = '必须是有效的编号';

export interface IdFieldOptions {
  description?: string;
  /** A nullable id may also be left out (it is optional for the validator too). */
  nullable?: boolean;
}

/**
 * An id in an input or args type: the GraphQL `ID` field and its UUID check, which every id a client
 * sends needs. `@IdField({ description: '村' })` is
 * `@Field(() => ID, { description: '村' })` + `@IsUUID('all', { message: '必须是有效的编号' })`, and
 * `nullable: true` adds `@IsOptional()`.
 */
export function IdField(options: IdFieldOptions = {}): PropertyDecorator {
  return idField(() => ID, options, false);
}

/**
 * A list of ids, each checked as `IdField` checks one. Put list-size checks (`@ArrayMaxSize`, …) above it:
 * they then run after the UUID check, and a failing list reports its reasons in that order.
 */
export function IdListField(options: IdFieldOptions = {}): PropertyDecorator {
  return idField(() => [ID], options, true);
}

function idField(
  type: () => typeof ID | [typeof ID],
  options: IdFieldOptions,
  each: boolean,
): PropertyDecorator {
  const { description, nullable } = options;
  const fieldOptions = {
    ...(nullable ? { nullable: true } : {}),
    ...(description !== undefined ? { description } : {}),
  };
  return (target, key) => {
    IsUUID('all', { ...(each ? { each: true } : {}), message: INVALID_ID_MESSAGE })(target, key);
    if (nullable) IsOptional()(target, key);
    Field(type, fieldOptions)(target, key);
  };
}
