/** "1+4+N": one leader, exactly four deputies, any number of grid workers. */
export const GOVERNANCE_DEPUTY_COUNT = 4;

export interface ProposedGovernanceTeam {
  leaderId: string;
  deputies: readonly { residentId: string; dutyTitle: string }[];
  workers: readonly { residentId: string; fullTime: boolean }[];
}

/** Why a proposal is not a "1+4+N" team, as field → reason; empty when it is one. */
export function governanceProblems(team: ProposedGovernanceTeam): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  if (team.deputies.length !== GOVERNANCE_DEPUTY_COUNT) {
    problems.push({
      field: 'deputies',
      reason: `“1+4+N”治理队伍须有 ${GOVERNANCE_DEPUTY_COUNT} 名副手（党小组长、村民代表组长、网格长、志愿者队长），现有 ${team.deputies.length} 名`,
    });
  }
  team.deputies.forEach((d, i) => {
    if (!d.dutyTitle.trim()) problems.push({ field: `deputies.${i}.dutyTitle`, reason: '须填写职务' });
  });
  const ids = [
    team.leaderId,
    ...team.deputies.map((d) => d.residentId),
    ...team.workers.map((w) => w.residentId),
  ];
  if (new Set(ids).size !== ids.length) {
    problems.push({ field: 'members', reason: '同一人在队伍中只能担任一个位置' });
  }
  return problems;
}
