import { Module } from '@nestjs/common';
import { CaptainRotaService } from './teams/captain-rota.service';
import { GovernanceTeamResolver } from './governance/governance-team.resolver';
import { GovernanceTeamService } from './governance/governance-team.service';
import { PostResolver } from './posts/post.resolver';
import { PostService } from './posts/post.service';
import { ScoringTeamResolver } from './teams/scoring-team.resolver';
import { ScoringTeamService } from './teams/scoring-team.service';

/** Posts and holders in grids, scoring teams with rotating captains, and the "1+4+N" governance team. */
@Module({
  providers: [
    PostService,
    PostResolver,
    ScoringTeamService,
    CaptainRotaService,
    ScoringTeamResolver,
    GovernanceTeamService,
    GovernanceTeamResolver,
  ],
  exports: [PostService, ScoringTeamService, CaptainRotaService, GovernanceTeamService],
})
export class GridsModule {}
