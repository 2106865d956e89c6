import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { ItemFieldsInput } from './item-fields.input';

/**
 * An input that adds or replaces one evaluation item of a draft framework, manual or village list: the
 * item's fields, checked as a whole. Each subclass adds the id of what it edits (the framework, manual
 * or list it adds to, or the item it replaces); that id is declared on the subclass and so checked first.
 */
@InputType({ isAbstract: true })
export abstract class ItemEditInput {
  @Field(() => ItemFieldsInput)
  @ValidateNested()
  @Type(() => ItemFieldsInput)
  item: ItemFieldsInput;
}
