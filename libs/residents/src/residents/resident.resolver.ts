import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { today } from '../common/lookups';
import {
  ChangeResidentStatusInput,
  CreateResidentInput,
  ResidentsArgs,
  UpdateResidentInput,
} from './dto/resident.input';
import { ResidentStatusChangeType } from './dto/resident-status-change.type';
import { ResidentPage, ResidentType } from './dto/resident.type';
import type { ResidentWithRoleSources } from './resident-list.rows';
import { ResidentService } from './resident.service';
import { HouseholdMemberType } from '../households/dto/household-member.type';

const toType = (r: ResidentWithRoleSources) => ResidentType.from(r.resident, r.roles);

@Resolver(() => ResidentType)
export class ResidentResolver {
  constructor(private readonly service: ResidentService) {}

  @Query(() => ResidentPage, { description: '某村的村民（分页）' })
  @Allow(Permission.RESIDENT_READ)
  async residents(@Ctx() ctx: RequestContext, @Args() args: ResidentsArgs): Promise<ResidentPage> {
    const page = await this.service.list(ctx, args);
    const day = today(); // one "today" for the whole page, for every role's isCurrent
    return { items: page.items.map((r) => ResidentType.from(r.resident, r.roles, day)), total: page.total };
  }

  @Query(() => ResidentType, { description: '按编号查看村民（含主体身份、户、网格）' })
  @Allow(Permission.RESIDENT_READ)
  async resident(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ResidentType> {
    return toType(await this.service.findOne(ctx, id));
  }

  @Query(() => [ResidentStatusChangeType], { description: '村民的状态变更历史' })
  @Allow(Permission.RESIDENT_READ)
  async residentStatusChanges(
    @Ctx() ctx: RequestContext,
    @Args('residentId', { type: () => ID }) residentId: string,
  ): Promise<ResidentStatusChangeType[]> {
    return (await this.service.statusHistory(ctx, residentId)).map(ResidentStatusChangeType.from);
  }

  @Query(() => ResidentType, { nullable: true, description: '当前登录村民本人的档案（未关联时为空）' })
  @Allow(Permission.SELF)
  async myResident(@Ctx() ctx: RequestContext): Promise<ResidentType | null> {
    const mine = await this.service.findMine(ctx);
    return mine ? toType(mine) : null;
  }

  @Query(() => [HouseholdMemberType], { description: '当前登录村民同户的在村家人（不含本人）' })
  @Allow(Permission.SELF)
  myHouseholdMembers(@Ctx() ctx: RequestContext): Promise<HouseholdMemberType[]> {
    return this.service.myHouseholdMembers(ctx);
  }

  @Mutation(() => ResidentType, { description: '登记村民' })
  @Allow(Permission.RESIDENT_MANAGE)
  async createResident(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateResidentInput,
  ): Promise<ResidentType> {
    return toType(await this.service.create(ctx, input));
  }

  @Mutation(() => ResidentType, { description: '修改村民的联系电话、所属户或网格' })
  @Allow(Permission.RESIDENT_MANAGE)
  async updateResident(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateResidentInput,
  ): Promise<ResidentType> {
    return toType(await this.service.update(ctx, input));
  }

  @Mutation(() => ResidentType, { description: '变更村民状态（迁出、已故、在校学生、在村），记入历史' })
  @Allow(Permission.RESIDENT_MANAGE)
  async changeResidentStatus(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangeResidentStatusInput,
  ): Promise<ResidentType> {
    return toType(await this.service.changeStatus(ctx, input.residentId, input.status, input.reason));
  }
}
