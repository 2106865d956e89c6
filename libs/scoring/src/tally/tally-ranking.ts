import { RankGroup } from './tally-enums';

export interface Rankable {
  rankGroup: RankGroup;
  creditScore: number;
  roleDutyScore: number | null;
}

/**
 * Competition ranks (1, 2, 2, 4) within each group. Key people are ordered by role-duty score, then credit
 * score; villagers by credit score. Equal keys share a rank. Returns ranks in the input order.
 */
export function rankWithinGroups(lines: readonly Rankable[]): number[] {
  const ranks = new Array<number>(lines.length);
  for (const group of [RankGroup.KEY, RankGroup.VILLAGER]) {
    // Sort keys computed once per line (a district tally ranks ~500,000 lines).
    const members: { index: number; first: number; second: number }[] = [];
    lines.forEach((line, index) => {
      if (line.rankGroup !== group) return;
      members.push(
        group === RankGroup.KEY
          ? { index, first: line.roleDutyScore ?? 0, second: line.creditScore }
          : { index, first: line.creditScore, second: 0 },
      );
    });
    members.sort((a, b) => b.first - a.first || b.second - a.second);
    members.forEach((m, position) => {
      const previous = members[position - 1];
      const tied = previous !== undefined && previous.first === m.first && previous.second === m.second;
      ranks[m.index] = tied ? ranks[previous.index] : position + 1;
    });
  }
  return ranks;
}
