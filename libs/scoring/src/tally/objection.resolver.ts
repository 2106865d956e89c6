import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { ObjectionPage, ObjectionType } from './dto/notice.type';
import { AnswerObjectionInput, ObjectionsArgs, RaiseObjectionInput } from './dto/objection.input';
import { ObjectionService } from './objection.service';

@Resolver()
export class ObjectionResolver {
  constructor(private readonly service: ObjectionService) {}

  @Mutation(() => ObjectionType, { description: '对公示中的任意一行提出异议（本村村民，公示期内）' })
  @Allow(Permission.OBJECTION_RAISE)
  async raiseObjection(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RaiseObjectionInput,
  ): Promise<ObjectionType> {
    return ObjectionType.from(await this.service.raise(ctx, input));
  }

  @Mutation(() => ObjectionType, {
    description: '答复异议：成立则冲正或更正台账并重新核算、重新公示；不成立须说明理由',
  })
  @Allow(Permission.OBJECTION_ANSWER)
  async answerObjection(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AnswerObjectionInput,
  ): Promise<ObjectionType> {
    return ObjectionType.from(await this.service.answer(ctx, input));
  }

  @Query(() => ObjectionPage, { description: '某期间的异议及答复情况（含是否超期）' })
  @Allow(Permission.RESIDENT_READ)
  async objections(@Ctx() ctx: RequestContext, @Args() args: ObjectionsArgs): Promise<ObjectionPage> {
    const page = await this.service.list(ctx, args);
    return { items: page.items.map(ObjectionType.from), total: page.total };
  }

  @Query(() => [ObjectionType], { description: '我提出的异议' })
  @Allow(Permission.OBJECTION_RAISE)
  async myObjections(@Ctx() ctx: RequestContext): Promise<ObjectionType[]> {
    return (await this.service.mine(ctx)).map(ObjectionType.from);
  }
}
