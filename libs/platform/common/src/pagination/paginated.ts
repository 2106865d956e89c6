import { Field, Int, ObjectType } from '@nestjs/graphql';

export interface Page<T> {
  items: T[];
  total: number;
}

type Constructor<T> = new (...args: never[]) => T;

/** Base of a `XPage { items, total }` object type: `@ObjectType('XPage') class XPage extends Paginated(X) {}`. */
export function Paginated<T>(itemType: Constructor<T>) {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements Page<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int, { description: '符合条件的总条数' })
    total: number;
  }
  return PageType;
}
