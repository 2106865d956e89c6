export * from './posts/post.entity';
export * from './posts/post-assignment.entity';
export * from './posts/post.service';
export * from './teams/member-kind.enum';
export * from './teams/scoring-team.entity';
export * from './teams/scoring-team-member.entity';
export * from './teams/captain-rota.entity';
export * from './teams/team-composition';
export * from './teams/rota-arithmetic';
export * from './teams/scoring-team.service';
export * from './teams/captain-rota.service';
export * from './governance/governance-role.enum';
export * from './governance/governance-team.entity';
export * from './governance/governance-team-member.entity';
export * from './governance/governance-composition';
export * from './governance/governance-team.service';
export * from './grids.module';

import { PostAssignmentEntity } from './posts/post-assignment.entity';
import { PostEntity } from './posts/post.entity';
import { CaptainRotaEntity } from './teams/captain-rota.entity';
import { ScoringTeamMemberEntity } from './teams/scoring-team-member.entity';
import { ScoringTeamEntity } from './teams/scoring-team.entity';
import { GovernanceTeamMemberEntity } from './governance/governance-team-member.entity';
import { GovernanceTeamEntity } from './governance/governance-team.entity';
export const GRIDS_ENTITIES = [
  PostEntity,
  PostAssignmentEntity,
  ScoringTeamEntity,
  ScoringTeamMemberEntity,
  CaptainRotaEntity,
  GovernanceTeamEntity,
  GovernanceTeamMemberEntity,
];
