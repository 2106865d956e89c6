import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission, IdArgs } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { VillageArgs } from '../common/village.args';
import { CaptainRotaService } from './captain-rota.service';
import { CaptainOnArgs } from './dto/captain-on.args';
import { CaptainOnDutyType, CaptainRotaType, ScoringTeamType } from './dto/scoring-team.type';
import { SetCaptainRotaInput } from './dto/set-captain-rota.input';
import { SetScoringTeamInput } from './dto/set-scoring-team.input';
import { ScoringTeamService } from './scoring-team.service';

@Resolver(() => ScoringTeamType)
export class ScoringTeamResolver {
  constructor(
    private readonly teams: ScoringTeamService,
    private readonly rotas: CaptainRotaService,
  ) {}

  @Query(() => [ScoringTeamType], { description: '本村的评分队伍及当前成员' })
  @Allow(Permission.GRID_READ)
  async scoringTeams(@Ctx() ctx: RequestContext, @Args() args: VillageArgs): Promise<ScoringTeamType[]> {
    return this.teams.list(ctx, args.villageId);
  }

  @Query(() => CaptainOnDutyType, { description: '某评分队伍某日的轮值队长' })
  @Allow(Permission.GRID_READ)
  async captainOn(@Ctx() ctx: RequestContext, @Args() args: CaptainOnArgs): Promise<CaptainOnDutyType> {
    return this.rotas.captainOn(ctx, args);
  }

  @Query(() => [CaptainRotaType], { description: '评分队伍的全部轮值队长安排版本（新版本在前）' })
  @Allow(Permission.GRID_READ)
  async captainRotas(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<CaptainRotaType[]> {
    return this.rotas.versions(ctx, args.id);
  }

  @Mutation(() => ScoringTeamType, {
    description: '设置评分队伍的整份成员名单（须含党员先锋、村干部、群众代表）',
  })
  @Allow(Permission.GRID_MANAGE)
  async setScoringTeam(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetScoringTeamInput,
  ): Promise<ScoringTeamType> {
    return this.teams.set(ctx, input);
  }

  @Mutation(() => CaptainRotaType, { description: '设置轮值队长安排（新版本，旧版本保留）' })
  @Allow(Permission.GRID_MANAGE)
  async setCaptainRota(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetCaptainRotaInput,
  ): Promise<CaptainRotaType> {
    return this.rotas.set(ctx, input);
  }
}
