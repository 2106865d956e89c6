import { MEMBER_KIND_LABELS, ScoringTeamMemberKind } from './member-kind.enum';

export interface ProposedMember {
  residentId: string;
  kind: ScoringTeamMemberKind;
}

/** The kinds a member list lacks: every scoring team needs 党员先锋, 村干部 and 群众代表. */
export function missingMemberKinds(members: readonly ProposedMember[]): ScoringTeamMemberKind[] {
  const present = new Set(members.map((m) => m.kind));
  return Object.values(ScoringTeamMemberKind).filter((kind) => !present.has(kind));
}

/** Why a member list cannot form a team, in words a cadre can act on; null when it can. */
export function compositionProblem(members: readonly ProposedMember[]): string | null {
  const missing = missingMemberKinds(members);
  if (missing.length) {
    return `评分队伍须由党员先锋、村干部和群众代表组成，缺少：${missing.map((k) => MEMBER_KIND_LABELS[k]).join('、')}`;
  }
  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member.residentId)) return '同一人在名单中出现了多次';
    seen.add(member.residentId);
  }
  return null;
}
