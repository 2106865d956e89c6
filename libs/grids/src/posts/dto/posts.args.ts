import { ArgsType } from '@nestjs/graphql';
import { PageArgs, IdField } from '@village/platform-common';

@ArgsType()
export class PostsArgs extends PageArgs {
  @IdField({ description: '村' })
  villageId: string;

  @IdField({ nullable: true, description: '只看该网格的岗位' })
  gridId?: string;
}
