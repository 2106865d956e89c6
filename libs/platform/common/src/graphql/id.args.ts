import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../validation/id-field';

/** `(id: ID!)` with the format checked before it reaches the database. */
@ArgsType()
export class IdArgs {
  @IdField()
  id: string;
}
