import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class VillageArgs {
  @Field(() => ID, { description: '村' })
  @IsUUID('all', { message: '必须是有效的编号' })
  villageId: string;
}
