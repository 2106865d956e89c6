import { ArgsType } from '@nestjs/graphql';
import { IdField } from '@village/platform-common';

@ArgsType()
export class IdArgs {
  @IdField()
  id: string;
}
