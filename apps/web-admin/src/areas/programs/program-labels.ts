export type MemberKindValue = 'PARTY_PIONEER' | 'VILLAGE_CADRE' | 'MASSES_REPRESENTATIVE';

export const MEMBER_KIND_LABELS: Record<MemberKindValue, string> = {
  PARTY_PIONEER: '党员先锋',
  VILLAGE_CADRE: '村干部',
  MASSES_REPRESENTATIVE: '群众代表',
};

export const MEMBER_KIND_OPTIONS = Object.entries(MEMBER_KIND_LABELS).map(([value, label]) => ({
  value: value as MemberKindValue,
  label,
}));

/** The composition rule as the API enforces it (libs/grids team-composition), said before saving. */
export const TEAM_RULE =
  '评分队伍须由党员先锋、村干部和群众代表三类人员组成（每类至少 1 人），同一人在名单中只能出现一次。';

/** What breaks the rule in a proposed list, or null; the API checks the same again. */
export function teamCompositionProblem(
  members: { kind?: MemberKindValue; residentId?: string }[],
): string | null {
  const missing = MEMBER_KIND_OPTIONS.filter((k) => !members.some((m) => m.kind === k.value)).map(
    (k) => k.label,
  );
  if (missing.length) return `缺少：${missing.join('、')}`;
  const ids = members.map((m) => m.residentId).filter(Boolean);
  if (new Set(ids).size !== ids.length) return '同一人在名单中出现了多次';
  return null;
}
