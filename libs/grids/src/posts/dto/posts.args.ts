import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@village/platform-common';

@ArgsType()
export class PostsArgs extends PageArgs {
  @Field(() => ID, { description: '村' })
  @IsUUID('all', { message: '必须是有效的编号' })
  villageId: string;

  @Field(() => ID, { nullable: true, description: '只看该网格的岗位' })
  @IsOptional()
  @IsUUID('all', { message: '必须是有效的编号' })
  gridId?: string;
}
