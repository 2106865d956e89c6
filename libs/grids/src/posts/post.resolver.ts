import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission, IdArgs } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { CreatePostInput } from './dto/create-post.input';
import { AssignPostHolderInput, EndPostAssignmentInput } from './dto/post-assignment.input';
import { PostAssignmentType, PostPage, PostType } from './dto/post.type';
import { PostsArgs } from './dto/posts.args';
import { PostService } from './post.service';

@Resolver(() => PostType)
export class PostResolver {
  constructor(private readonly service: PostService) {}

  @Query(() => PostPage, { description: '村（或某网格）的自治岗位及当前在任人员' })
  @Allow(Permission.GRID_READ)
  async posts(@Ctx() ctx: RequestContext, @Args() args: PostsArgs): Promise<PostPage> {
    return this.service.list(ctx, args);
  }

  @Query(() => PostType, { description: '一个自治岗位及当前在任人员' })
  @Allow(Permission.GRID_READ)
  async post(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<PostType> {
    return this.service.findOne(ctx, args.id);
  }

  @Query(() => [PostAssignmentType], { description: '岗位的全部任期（含已结束的），按开始日期排列' })
  @Allow(Permission.GRID_READ)
  async postAssignments(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<PostAssignmentType[]> {
    return this.service.history(ctx, args.id);
  }

  @Mutation(() => PostType, { description: '在网格中新设自治岗位' })
  @Allow(Permission.GRID_MANAGE)
  async createPost(@Ctx() ctx: RequestContext, @Args('input') input: CreatePostInput): Promise<PostType> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => PostAssignmentType, { description: '任命岗位人员（同一人同一岗位任期不得重叠）' })
  @Allow(Permission.GRID_MANAGE)
  async assignPostHolder(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AssignPostHolderInput,
  ): Promise<PostAssignmentType> {
    return this.service.assign(ctx, input);
  }

  @Mutation(() => PostAssignmentType, { description: '结束岗位任期（记录保留，不删除）' })
  @Allow(Permission.GRID_MANAGE)
  async endPostAssignment(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EndPostAssignmentInput,
  ): Promise<PostAssignmentType> {
    return this.service.end(ctx, input);
  }
}
