import { ArgsType } from '@nestjs/graphql';
import { IdField } from '@village/platform-common';

/** `(id: ID!)` with the format checked before it reaches the database. */
@ArgsType()
export class IdArgs {
  @IdField()
  id: string;
}
