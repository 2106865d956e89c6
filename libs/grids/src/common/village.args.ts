import { ArgsType } from '@nestjs/graphql';
import { IdField } from '@village/platform-common';

@ArgsType()
export class VillageArgs {
  @IdField({ description: '村' })
  villageId: string;
}
