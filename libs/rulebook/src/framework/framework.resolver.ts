import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { FrameworkPage, FrameworkType } from './dto/framework.type';
import {
  AddEvaluationItemInput,
  CreateFrameworkInput,
  FrameworksArgs,
  UpdateEvaluationItemInput,
  UpdateFrameworkRulesInput,
} from './dto/framework.input';
import { FrameworkService, type FrameworkWithItems } from './framework.service';

const toType = ({ framework, items }: FrameworkWithItems) => FrameworkType.from(framework, items);

@Resolver(() => FrameworkType)
export class FrameworkResolver {
  constructor(private readonly service: FrameworkService) {}

  @Query(() => FrameworkPage, { description: '可见的区评分框架（镇、村只能看到本区已发布的版本）' })
  @Allow(Permission.RULEBOOK_READ)
  async frameworks(@Ctx() ctx: RequestContext, @Args() args: FrameworksArgs): Promise<FrameworkPage> {
    const page = await this.service.list(ctx, args);
    return { items: page.items.map(toType), total: page.total };
  }

  @Query(() => FrameworkType, { description: '查看一个评分框架及其评价事项' })
  @Allow(Permission.RULEBOOK_READ)
  async framework(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return toType(await this.service.findOne(ctx, id));
  }

  @Mutation(() => FrameworkType, { description: '区管理员新建年度评分框架（草稿，默认规则）' })
  @Allow(Permission.FRAMEWORK_MANAGE)
  async createFramework(@Ctx() ctx: RequestContext, @Args('input') input: CreateFrameworkInput) {
    return toType(await this.service.create(ctx, input));
  }

  @Mutation(() => FrameworkType, { description: '修改草稿框架的评分规则、标题或镇调整幅度' })
  @Allow(Permission.FRAMEWORK_MANAGE)
  async updateFrameworkRules(@Ctx() ctx: RequestContext, @Args('input') input: UpdateFrameworkRulesInput) {
    return toType(await this.service.updateRules(ctx, input.frameworkId, input));
  }

  @Mutation(() => FrameworkType, { description: '在草稿框架中新增评价事项' })
  @Allow(Permission.FRAMEWORK_MANAGE)
  async addEvaluationItem(@Ctx() ctx: RequestContext, @Args('input') input: AddEvaluationItemInput) {
    return toType(await this.service.addItem(ctx, input.frameworkId, input.item));
  }

  @Mutation(() => FrameworkType, { description: '修改草稿框架中的评价事项' })
  @Allow(Permission.FRAMEWORK_MANAGE)
  async updateEvaluationItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateEvaluationItemInput) {
    return toType(await this.service.updateItem(ctx, input.itemId, input.item));
  }

  @Mutation(() => FrameworkType, { description: '撤回草稿框架中的评价事项（保留记录，不删除）' })
  @Allow(Permission.FRAMEWORK_MANAGE)
  async withdrawEvaluationItem(
    @Ctx() ctx: RequestContext,
    @Args('itemId', { type: () => ID }) itemId: string,
  ) {
    return toType(await this.service.withdrawItem(ctx, itemId));
  }

  @Mutation(() => FrameworkType, { description: '发布框架（校验事项、权重与分数线；发布后不可修改）' })
  @Allow(Permission.FRAMEWORK_MANAGE)
  async publishFramework(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return toType(await this.service.publish(ctx, id));
  }

  @Mutation(() => FrameworkType, { description: '以某版本为底稿新建同年度的下一版（草稿）' })
  @Allow(Permission.FRAMEWORK_MANAGE)
  async createFrameworkVersion(
    @Ctx() ctx: RequestContext,
    @Args('fromId', { type: () => ID }) fromId: string,
  ) {
    return toType(await this.service.copy(ctx, fromId));
  }

  @Mutation(() => FrameworkType, { description: '把框架复制到另一年度（下一年度以上一年度为底稿）' })
  @Allow(Permission.FRAMEWORK_MANAGE)
  async copyFrameworkToYear(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return toType(await this.service.copy(ctx, id, year));
  }
}
