import { registerLabelledEnum } from '@village/platform-common';

/** The three kinds every scoring team needs (党员先锋+村干部+群众代表, docs/domain.md §10.3). */
export enum ScoringTeamMemberKind {
  PARTY_PIONEER = 'PARTY_PIONEER',
  VILLAGE_CADRE = 'VILLAGE_CADRE',
  MASSES_REPRESENTATIVE = 'MASSES_REPRESENTATIVE',
}

export const MEMBER_KIND_LABELS: Record<ScoringTeamMemberKind, string> = {
  [ScoringTeamMemberKind.PARTY_PIONEER]: '党员先锋',
  [ScoringTeamMemberKind.VILLAGE_CADRE]: '村干部',
  [ScoringTeamMemberKind.MASSES_REPRESENTATIVE]: '群众代表',
};

registerLabelledEnum(ScoringTeamMemberKind, 'ScoringTeamMemberKind', '评分队伍成员类别', MEMBER_KIND_LABELS);
