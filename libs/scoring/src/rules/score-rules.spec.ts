import { DEFAULT_SCORE_RULES, scoreRuleProblems } from './score-rules';

describe('score rules', () => {
  it('accepts the defaults', () => {
    expect(scoreRuleProblems(DEFAULT_SCORE_RULES)).toEqual([]);
  });

  it('refuses weights not summing to 100 and thresholds not descending', () => {
    const fields = (change: Partial<typeof DEFAULT_SCORE_RULES>) =>
      scoreRuleProblems({ ...DEFAULT_SCORE_RULES, ...change }).map((p) => p.field);
    expect(fields({ representativeCreditWeight: 50 })).toEqual(['representativeRoleDutyWeight']);
    expect(fields({ qualifiedMin: 60 })).toEqual(['excellentMin']);
    expect(fields({ threeStarAbove: 1040 })).toEqual(['fiveStarAbove']);
    expect(fields({ excellentQuotaNumerator: 4 })).toEqual(['excellentQuotaNumerator']);
  });
});
