import { adoptionVoteProblems } from './adoption-quorum';

const fields = (vote: Parameters<typeof adoptionVoteProblems>[0]) =>
  adoptionVoteProblems(vote).map((p) => p.field);

describe('adoption by the villager representative assembly (村民委员会组织法 §26)', () => {
  const base = { representativesInOffice: 30, present: 20, votesFor: 11, votesAgainst: 5, abstaining: 4 };

  it('adopts with exactly two thirds present and a bare majority of those present', () => {
    expect(fields(base)).toEqual([]);
  });

  it('refuses fewer than two thirds present, without rounding a third the wrong way', () => {
    expect(fields({ ...base, present: 19, votesFor: 11, votesAgainst: 4, abstaining: 4 })).toEqual([
      'present',
    ]);
    expect(
      fields({ representativesInOffice: 31, present: 20, votesFor: 15, votesAgainst: 0, abstaining: 0 }),
    ).toEqual(['present']);
    expect(
      fields({ representativesInOffice: 31, present: 21, votesFor: 15, votesAgainst: 0, abstaining: 0 }),
    ).toEqual([]);
  });

  it('refuses half or fewer of those present voting for', () => {
    expect(fields({ ...base, votesFor: 10, votesAgainst: 10, abstaining: 0 })).toEqual(['votesFor']);
  });

  it('refuses more votes than people present, and more present than in office', () => {
    expect(fields({ ...base, votesAgainst: 6 })).toEqual(['votesFor']);
    expect(fields({ ...base, present: 31, votesFor: 20 })).toEqual(['present']);
  });
});
