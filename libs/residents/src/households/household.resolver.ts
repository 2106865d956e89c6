import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { CreateHouseholdInput, HouseholdsArgs, SetHouseholdHeadInput } from './dto/household.input';
import { HouseholdPage, HouseholdType } from './dto/household.type';
import { HouseholdService } from './household.service';

@Resolver(() => HouseholdType)
export class HouseholdResolver {
  constructor(private readonly service: HouseholdService) {}

  @Query(() => HouseholdPage, { description: '某村的户（分页）' })
  @Allow(Permission.RESIDENT_READ)
  async households(@Ctx() ctx: RequestContext, @Args() args: HouseholdsArgs): Promise<HouseholdPage> {
    const page = await this.service.list(ctx, args);
    return {
      items: page.items.map((i) => HouseholdType.from(i.household, i.memberCount)),
      total: page.total,
    };
  }

  @Mutation(() => HouseholdType, { description: '新建户' })
  @Allow(Permission.RESIDENT_MANAGE)
  async createHousehold(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateHouseholdInput,
  ): Promise<HouseholdType> {
    return HouseholdType.from(await this.service.create(ctx, input));
  }

  @Mutation(() => HouseholdType, { description: '设置户主（须为本户成员）' })
  @Allow(Permission.RESIDENT_MANAGE)
  async setHouseholdHead(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetHouseholdHeadInput,
  ): Promise<HouseholdType> {
    return HouseholdType.from(await this.service.setHead(ctx, input.householdId, input.residentId));
  }
}
