import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { CreateGridInput, SetGridLeaderInput } from './dto/grid.input';
import { GridType } from './dto/grid.type';
import { GridService } from './grid.service';

@Resolver(() => GridType)
export class GridResolver {
  constructor(private readonly service: GridService) {}

  @Query(() => [GridType], { description: '某村的网格' })
  @Allow(Permission.RESIDENT_READ)
  async grids(
    @Ctx() ctx: RequestContext,
    @Args('villageId', { type: () => ID }) villageId: string,
  ): Promise<GridType[]> {
    return (await this.service.list(ctx, villageId)).map(GridType.from);
  }

  @Mutation(() => GridType, { description: '新建网格' })
  @Allow(Permission.RESIDENT_MANAGE)
  async createGrid(@Ctx() ctx: RequestContext, @Args('input') input: CreateGridInput): Promise<GridType> {
    return GridType.from(await this.service.create(ctx, input));
  }

  @Mutation(() => GridType, { description: '设置网格长（须为本村在村村民）' })
  @Allow(Permission.RESIDENT_MANAGE)
  async setGridLeader(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetGridLeaderInput,
  ): Promise<GridType> {
    return GridType.from(await this.service.setLeader(ctx, input.gridId, input.residentId));
  }
}
