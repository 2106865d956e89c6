import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { ScoringListType } from './dto/scoring-list.type';
import { AddVillageItemInput, AdoptScoringListInput, UpdateVillageItemInput } from './dto/scoring-list.input';
import { ScoringListService, type ScoringListView } from './scoring-list.service';

const toType = (v: ScoringListView) =>
  ScoringListType.from(v.list, v.villageItems, v.needingApproval, v.items);

@Resolver(() => ScoringListType)
export class ScoringListResolver {
  constructor(private readonly lists: ScoringListService) {}

  @Query(() => ScoringListType, {
    nullable: true,
    description: '村某年度生效的积分评价清单（该年度最新通过的版本）及全部生效事项',
  })
  @Allow(Permission.RULEBOOK_READ)
  async villageScoringList(
    @Ctx() ctx: RequestContext,
    @Args('villageId', { type: () => ID }) villageId: string,
    @Args('year', { type: () => Int, nullable: true, description: '年度（默认今年）' }) year?: number,
  ) {
    const view = await this.lists.effective(ctx, villageId, year);
    return view ? toType(view) : null;
  }

  @Query(() => [ScoringListType], { description: '村积分评价清单的全部版本（含草稿与历史）' })
  @Allow(Permission.RULEBOOK_READ)
  async scoringLists(@Ctx() ctx: RequestContext, @Args('villageId', { type: () => ID }) villageId: string) {
    return (await this.lists.list(ctx, villageId)).map(toType);
  }

  @Mutation(() => ScoringListType, {
    description: '依据本镇该年度现行操作手册新建清单版本（草稿，沿用上一版的村自定事项）',
  })
  @Allow(Permission.SCORING_LIST_MANAGE)
  async createScoringList(
    @Ctx() ctx: RequestContext,
    @Args('villageId', { type: () => ID }) villageId: string,
    @Args('year', { type: () => Int, nullable: true, description: '年度（默认今年）' }) year?: number,
  ) {
    return toType(await this.lists.create(ctx, villageId, year));
  }

  @Mutation(() => ScoringListType, { description: '在草稿清单中新增村自定事项' })
  @Allow(Permission.SCORING_LIST_MANAGE)
  async addVillageItem(@Ctx() ctx: RequestContext, @Args('input') input: AddVillageItemInput) {
    return toType(await this.lists.addVillageItem(ctx, input.listId, input.item));
  }

  @Mutation(() => ScoringListType, { description: '修改草稿清单中的村自定事项' })
  @Allow(Permission.SCORING_LIST_MANAGE)
  async updateVillageItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateVillageItemInput) {
    return toType(await this.lists.updateVillageItem(ctx, input.itemId, input.item));
  }

  @Mutation(() => ScoringListType, { description: '撤回草稿清单中的村自定事项（保留记录）' })
  @Allow(Permission.SCORING_LIST_MANAGE)
  async withdrawVillageItem(@Ctx() ctx: RequestContext, @Args('itemId', { type: () => ID }) itemId: string) {
    return toType(await this.lists.withdrawVillageItem(ctx, itemId));
  }

  @Mutation(() => ScoringListType, { description: '镇管理员审批超出手册限额的村自定事项' })
  @Allow(Permission.SCORING_LIST_APPROVE)
  async approveVillageItem(@Ctx() ctx: RequestContext, @Args('itemId', { type: () => ID }) itemId: string) {
    return toType(await this.lists.approveVillageItem(ctx, itemId));
  }

  @Mutation(() => ScoringListType, { description: '录入村民代表大会表决结果；符合法定人数与票数时清单生效' })
  @Allow(Permission.SCORING_LIST_MANAGE)
  async adoptScoringList(@Ctx() ctx: RequestContext, @Args('input') input: AdoptScoringListInput) {
    const { listId, ...vote } = input;
    return toType(await this.lists.adopt(ctx, listId, vote));
  }
}
