import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { ManualType } from './dto/manual.type';
import {
  AddTownItemInput,
  CreateManualInput,
  SetManualAdjustmentInput,
  UpdateManualSettingsInput,
  UpdateTownItemInput,
} from './dto/manual.input';
import { ManualService, type ManualWithParts } from './manual.service';

const toType = (m: ManualWithParts) => ManualType.from(m.manual, m.adjustments, m.townItems);

@Resolver(() => ManualType)
export class ManualResolver {
  constructor(private readonly service: ManualService) {}

  @Query(() => [ManualType], { description: '一个镇的操作手册各版本（村只能看到已发布的）' })
  @Allow(Permission.RULEBOOK_READ)
  async manuals(@Ctx() ctx: RequestContext, @Args('townId', { type: () => ID }) townId: string) {
    return (await this.service.list(ctx, townId)).map(toType);
  }

  @Query(() => ManualType, {
    nullable: true,
    description: '一个镇某年度有效的操作手册（该年度最新已发布版本）',
  })
  @Allow(Permission.RULEBOOK_READ)
  async currentManual(
    @Ctx() ctx: RequestContext,
    @Args('townId', { type: () => ID }) townId: string,
    @Args('year', { type: () => Int, nullable: true, description: '年度（默认今年）' }) year?: number,
  ) {
    const manual = await this.service.current(ctx, townId, year);
    return manual ? toType(manual) : null;
  }

  @Query(() => ManualType, { description: '查看一个操作手册版本' })
  @Allow(Permission.RULEBOOK_READ)
  async manual(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return toType(await this.service.findOne(ctx, id));
  }

  @Mutation(() => ManualType, { description: '镇管理员依据已发布的区框架新建操作手册（草稿）' })
  @Allow(Permission.MANUAL_MANAGE)
  async createManual(@Ctx() ctx: RequestContext, @Args('input') input: CreateManualInput) {
    return toType(await this.service.create(ctx, input));
  }

  @Mutation(() => ManualType, { description: '修改草稿手册的工作日历、村自定事项限额与操作规程' })
  @Allow(Permission.MANUAL_MANAGE)
  async updateManualSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateManualSettingsInput) {
    const { manualId, ...settings } = input;
    return toType(await this.service.updateSettings(ctx, manualId, settings));
  }

  @Mutation(() => ManualType, { description: '停用区框架事项或在允许幅度内调整其分值' })
  @Allow(Permission.MANUAL_MANAGE)
  async setManualAdjustment(@Ctx() ctx: RequestContext, @Args('input') input: SetManualAdjustmentInput) {
    return toType(await this.service.setAdjustment(ctx, input.manualId, input));
  }

  @Mutation(() => ManualType, { description: '在草稿手册中新增本镇事项' })
  @Allow(Permission.MANUAL_MANAGE)
  async addTownItem(@Ctx() ctx: RequestContext, @Args('input') input: AddTownItemInput) {
    return toType(await this.service.addTownItem(ctx, input.manualId, input.item));
  }

  @Mutation(() => ManualType, { description: '修改草稿手册中的本镇事项' })
  @Allow(Permission.MANUAL_MANAGE)
  async updateTownItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTownItemInput) {
    return toType(await this.service.updateTownItem(ctx, input.itemId, input.item));
  }

  @Mutation(() => ManualType, { description: '撤回草稿手册中的本镇事项（保留记录）' })
  @Allow(Permission.MANUAL_MANAGE)
  async withdrawTownItem(@Ctx() ctx: RequestContext, @Args('itemId', { type: () => ID }) itemId: string) {
    return toType(await this.service.withdrawTownItem(ctx, itemId));
  }

  @Mutation(() => ManualType, { description: '发布操作手册（发布后不可修改）' })
  @Allow(Permission.MANUAL_MANAGE)
  async publishManual(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return toType(await this.service.publish(ctx, id));
  }

  @Mutation(() => ManualType, { description: '以某版本为底稿新建操作手册的下一版（草稿）' })
  @Allow(Permission.MANUAL_MANAGE)
  async createManualVersion(@Ctx() ctx: RequestContext, @Args('fromId', { type: () => ID }) fromId: string) {
    return toType(await this.service.createVersion(ctx, fromId));
  }
}
