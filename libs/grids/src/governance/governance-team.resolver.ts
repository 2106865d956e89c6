import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { VillageArgs } from '../common/village.args';
import { GovernanceTeamType } from './dto/governance-team.type';
import { SetGovernanceTeamInput } from './dto/set-governance-team.input';
import { GovernanceTeamService } from './governance-team.service';

@Resolver(() => GovernanceTeamType)
export class GovernanceTeamResolver {
  constructor(private readonly teams: GovernanceTeamService) {}

  @Query(() => GovernanceTeamType, {
    nullable: true,
    description: '本村当前的“1+4+N”治理队伍（尚未设置时为空）',
  })
  @Allow(Permission.GRID_READ)
  async governanceTeam(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageArgs,
  ): Promise<GovernanceTeamType | null> {
    return this.teams.current(ctx, args.villageId);
  }

  @Mutation(() => GovernanceTeamType, {
    description: '设置“1+4+N”治理队伍：1 名带头人、4 名副手、N 名网格员',
  })
  @Allow(Permission.GRID_MANAGE)
  async setGovernanceTeam(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetGovernanceTeamInput,
  ): Promise<GovernanceTeamType> {
    return this.teams.set(ctx, input);
  }
}
