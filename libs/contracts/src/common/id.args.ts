import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** `(id: ID!)` with the format checked before it reaches the database. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '必须是有效的编号' })
  id: string;
}
