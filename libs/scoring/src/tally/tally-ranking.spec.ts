import { RankGroup } from './tally-enums';
import { rankWithinGroups } from './tally-ranking';

const key = (roleDutyScore: number, creditScore: number) => ({
  rankGroup: RankGroup.KEY,
  roleDutyScore,
  creditScore,
});
const villager = (creditScore: number) => ({
  rankGroup: RankGroup.VILLAGER,
  roleDutyScore: null,
  creditScore,
});

describe('ranks within groups', () => {
  it('ranks key people apart from villagers, by role-duty then credit score', () => {
    const ranks = rankWithinGroups([
      villager(1010),
      key(96, 1000),
      villager(1030),
      key(96, 1020),
      key(99, 990),
    ]);
    expect(ranks).toEqual([2, 3, 1, 2, 1]);
  });

  it('gives equal scores the same rank and skips the next (1, 2, 2, 4)', () => {
    expect(rankWithinGroups([villager(1040), villager(1020), villager(1020), villager(1000)])).toEqual([
      1, 2, 2, 4,
    ]);
  });

  it('ranks an empty list as nothing', () => {
    expect(rankWithinGroups([])).toEqual([]);
  });
});
