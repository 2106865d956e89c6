import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, PageArgs, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { DeclarationReviewService } from './declaration-review.service';
import { DeclarationService } from './declaration.service';
import {
  DeclarationsArgs,
  DeclareActInput,
  RegisterActInput,
  ReviewDeclarationInput,
} from './dto/declaration.input';
import { DeclarationPage, DeclarationType } from './dto/declaration.type';

@Resolver(() => DeclarationType)
export class DeclarationResolver {
  constructor(
    private readonly service: DeclarationService,
    private readonly reviews: DeclarationReviewService,
  ) {}

  @Mutation(() => DeclarationType, { description: '村民为本人申报积分事项（同一幂等键重试只登记一次）' })
  @Allow(Permission.DECLARE)
  async declareAct(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DeclareActInput,
  ): Promise<DeclarationType> {
    return DeclarationType.from(await this.service.declare(ctx, input));
  }

  @Mutation(() => DeclarationType, { description: '村干部为本村村民登记积分事项（含扣分事项）' })
  @Allow(Permission.DECLARATION_REGISTER)
  async registerAct(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RegisterActInput,
  ): Promise<DeclarationType> {
    return DeclarationType.from(await this.service.register(ctx, input.residentId, input));
  }

  @Mutation(() => DeclarationType, {
    description:
      '审核申报：通过（记入积分台账并通知村民）、驳回（须写明理由）或修正后通过（改正事项、数量或分值，须写明理由）；不能审核本人相关的申报',
  })
  @Allow(Permission.DECLARATION_REVIEW)
  async reviewDeclaration(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReviewDeclarationInput,
  ): Promise<DeclarationType> {
    return DeclarationType.from(await this.reviews.review(ctx, input));
  }

  @Query(() => DeclarationPage, { description: '本村的积分申报（审核人员与登记人员）' })
  @Allow(Permission.DECLARATION_REVIEW, Permission.DECLARATION_REGISTER)
  async declarations(@Ctx() ctx: RequestContext, @Args() args: DeclarationsArgs): Promise<DeclarationPage> {
    const page = await this.service.list(ctx, args);
    return { items: page.items.map(DeclarationType.from), total: page.total };
  }

  @Query(() => DeclarationPage, { description: '与本人有关的积分申报' })
  @Allow(Permission.DECLARE)
  async myDeclarations(@Ctx() ctx: RequestContext, @Args() args: PageArgs): Promise<DeclarationPage> {
    const page = await this.service.mine(ctx, args.limit, args.offset);
    return { items: page.items.map(DeclarationType.from), total: page.total };
  }
}
