import { DEFAULT_SCORE_RULES, scoreRuleProblems, withRuleDefaults, type ScoreRules } from './score-rules';

describe('score rules', () => {
  const fields = (change: Partial<ScoreRules>) =>
    scoreRuleProblems({ ...DEFAULT_SCORE_RULES, ...change }).map((p) => p.field);

  it('accepts the defaults', () => {
    expect(scoreRuleProblems(DEFAULT_SCORE_RULES)).toEqual([]);
    expect(DEFAULT_SCORE_RULES).toMatchObject({ peerAppraisalWeight: 10, massAppraisalWeight: 10 });
  });

  it('refuses weights not summing to 100 and thresholds not descending', () => {
    expect(fields({ representativeCreditWeight: 50 })).toEqual(['representativeRoleDutyWeight']);
    expect(fields({ qualifiedMin: 60 })).toEqual(['excellentMin']);
    expect(fields({ threeStarAbove: 1040 })).toEqual(['fiveStarAbove']);
    expect(fields({ excellentQuotaNumerator: 4 })).toEqual(['excellentQuotaNumerator']);
  });

  it('keeps each appraisal weight within 0–50 and their sum below 100, naming the field', () => {
    expect(fields({ peerAppraisalWeight: 0, massAppraisalWeight: 0 })).toEqual([]);
    expect(fields({ peerAppraisalWeight: 50, massAppraisalWeight: 49 })).toEqual([]);
    expect(fields({ peerAppraisalWeight: 51 })).toEqual(['peerAppraisalWeight']);
    expect(fields({ massAppraisalWeight: -1 })).toEqual(['massAppraisalWeight']);
    expect(fields({ peerAppraisalWeight: 12.5 })).toEqual(['peerAppraisalWeight']);
    expect(fields({ peerAppraisalWeight: 50, massAppraisalWeight: 50 })).toEqual(['massAppraisalWeight']);
    const [problem] = scoreRuleProblems({ ...DEFAULT_SCORE_RULES, peerAppraisalWeight: 60 });
    expect(problem.reasons[0]).toMatch(/同级互评权重必须是 0 到 50/);
  });

  it('fills rule keys missing from a stored framework with their defaults; stored values win', () => {
    const stored: Partial<ScoreRules> = { ...DEFAULT_SCORE_RULES, excellentMin: 88 };
    delete stored.peerAppraisalWeight;
    delete stored.massAppraisalWeight;
    const rules = withRuleDefaults(stored);
    expect(rules).toEqual({ ...DEFAULT_SCORE_RULES, excellentMin: 88 });
    expect(scoreRuleProblems(rules)).toEqual([]);
    expect(
      withRuleDefaults({ peerAppraisalWeight: 0, massAppraisalWeight: null as unknown as number }),
    ).toEqual({ ...DEFAULT_SCORE_RULES, peerAppraisalWeight: 0 });
    expect(withRuleDefaults(null)).toEqual(DEFAULT_SCORE_RULES);
    expect(Object.isFrozen(withRuleDefaults(null))).toBe(false);
  });
});
