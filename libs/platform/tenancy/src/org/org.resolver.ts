import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { CreateTownInput } from './dto/create-town.input';
import { CreateVillageInput } from './dto/create-village.input';
import { OrgUnitPage, OrgUnitType } from './dto/org-unit.type';
import { TownsArgs, VillagesArgs } from './dto/org-units.args';
import { RenameOrgUnitInput } from './dto/rename-org-unit.input';
import { OrgLevel } from './org-level.enum';
import { OrgService } from './org.service';

@Resolver(() => OrgUnitType)
export class OrgResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => OrgUnitType, { description: '按编号查看一个组织单元（仅限可见范围）' })
  @Allow(Permission.ORG_READ)
  async orgUnit(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrgUnitType> {
    return OrgUnitType.from(await this.org.findOne(ctx, id));
  }

  @Query(() => [OrgUnitType], { description: '可见的区' })
  @Allow(Permission.ORG_READ)
  async districts(@Ctx() ctx: RequestContext): Promise<OrgUnitType[]> {
    return (await this.org.listDistricts(ctx)).map(OrgUnitType.from);
  }

  @Query(() => OrgUnitPage, { description: '可见的镇（街道）' })
  @Allow(Permission.ORG_READ)
  async towns(@Ctx() ctx: RequestContext, @Args() args: TownsArgs): Promise<OrgUnitPage> {
    const page = await this.org.listChildren(ctx, OrgLevel.TOWN, { ...args, parentId: args.districtId });
    return { items: page.items.map(OrgUnitType.from), total: page.total };
  }

  @Query(() => OrgUnitPage, { description: '可见的村' })
  @Allow(Permission.ORG_READ)
  async villages(@Ctx() ctx: RequestContext, @Args() args: VillagesArgs): Promise<OrgUnitPage> {
    const page = await this.org.listChildren(ctx, OrgLevel.VILLAGE, { ...args, parentId: args.townId });
    return { items: page.items.map(OrgUnitType.from), total: page.total };
  }

  @Mutation(() => OrgUnitType, { description: '区级管理员新建镇（街道）' })
  @Allow(Permission.TOWN_CREATE)
  async createTown(@Ctx() ctx: RequestContext, @Args('input') input: CreateTownInput): Promise<OrgUnitType> {
    return OrgUnitType.from(await this.org.createTown(ctx, input.districtId, input));
  }

  @Mutation(() => OrgUnitType, { description: '镇级管理员新建村' })
  @Allow(Permission.VILLAGE_CREATE)
  async createVillage(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateVillageInput,
  ): Promise<OrgUnitType> {
    return OrgUnitType.from(await this.org.createVillage(ctx, input.townId, input));
  }

  @Mutation(() => OrgUnitType, { description: '更改本级或下级组织单元的名称（原名称记入审计日志）' })
  @Allow(Permission.ORG_UPDATE)
  async renameOrgUnit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RenameOrgUnitInput,
  ): Promise<OrgUnitType> {
    return OrgUnitType.from(await this.org.rename(ctx, input.id, input.name));
  }
}
