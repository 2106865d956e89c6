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
    const members = lines.map((line, index) => ({ line, index })).filter((m) => m.line.rankGroup === group);
    const key = (l: Rankable): [number, number] =>
      group === RankGroup.KEY ? [l.roleDutyScore ?? 0, l.creditScore] : [l.creditScore, 0];
    members.sort((a, b) => {
      const [a1, a2] = key(a.line);
      const [b1, b2] = key(b.line);
      return b1 - a1 || b2 - a2;
    });
    members.forEach((m, position) => {
      const previous = members[position - 1];
      const tied =
        previous !== undefined &&
        key(previous.line)[0] === key(m.line)[0] &&
        key(previous.line)[1] === key(m.line)[1];
      ranks[m.index] = tied ? ranks[previous.index] : position + 1;
    });
  }
  return ranks;
}
