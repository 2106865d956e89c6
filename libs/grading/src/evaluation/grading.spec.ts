import { DEFAULT_SCORE_RULES, type ScoreRules } from '@village/rulebook';
import {
  appraisedRoleDuty,
  composite,
  excellentQuota,
  Grade,
  GRADE_LABELS,
  gradeVillage,
  round2,
  starsFor,
  type AppraisalAverages,
  type GradingInput,
} from './grading';

const rules: ScoreRules = { ...DEFAULT_SCORE_RULES };
const NONE: AppraisalAverages = { peerAverage: null, massAverage: null };

/**
 * With the default bases (credit 1000, role duty 100) a person whose credit score is 10 × their role-duty
 * score has that role-duty score as composite on either track (the weights sum to 100): handy for
 * placing people exactly on thresholds.
 */
function member(id: string, score: number, extra: Partial<GradingInput> = {}): GradingInput {
  return {
    residentId: id,
    creditScore: score * 10,
    roleDutyScore: score,
    vetoed: false,
    partyMember: { probationary: false, appraisal: NONE },
    representative: null,
    villager: false,
    ...extra,
  };
}

function representative(id: string, score: number, extra: Partial<GradingInput> = {}): GradingInput {
  return member(id, score, { partyMember: null, representative: { appraisal: NONE }, ...extra });
}

function villager(id: string, creditScore: number, extra: Partial<GradingInput> = {}): GradingInput {
  return {
    residentId: id,
    creditScore,
    roleDutyScore: 100,
    vetoed: false,
    partyMember: null,
    representative: null,
    villager: true,
    ...extra,
  };
}

const partyGrades = (inputs: GradingInput[], r: ScoreRules = rules) =>
  gradeVillage(inputs, r).map((g) => g.partyMember?.grade);

describe('round2', () => {
  it('rounds half away from zero despite binary noise', () => {
    expect(round2(80.005)).toBe(80.01);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(82.774)).toBe(82.77);
    expect(round2(-2.345)).toBe(-2.35);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});

describe('appraisedRoleDuty', () => {
  it('blends peer and mass averages by their weights (defaults 10% and 10%)', () => {
    // 80% × 80 + 10% × 95 + 10% × 60
    expect(appraisedRoleDuty(80, { peerAverage: 95, massAverage: 60 }, rules)).toBe(79.5);
  });

  it('gives a missing kind of rating back to the ledger part', () => {
    // 90% × 80 + 10% × 95
    expect(appraisedRoleDuty(80, { peerAverage: 95, massAverage: null }, rules)).toBe(81.5);
    // 90% × 80 + 10% × 60
    expect(appraisedRoleDuty(80, { peerAverage: null, massAverage: 60 }, rules)).toBe(78);
    expect(appraisedRoleDuty(80, NONE, rules)).toBe(80);
    expect(appraisedRoleDuty(83.33, NONE, rules)).toBe(83.33);
  });

  it('scales 0–100 ratings to the role-duty base score', () => {
    const base200 = { ...rules, roleDutyBaseScore: 200 };
    // 80% × 160 + 10% × (95 × 2) + 10% × (60 × 2)
    expect(appraisedRoleDuty(160, { peerAverage: 95, massAverage: 60 }, base200)).toBe(159);
  });

  it('uses the configured weights', () => {
    const heavy = { ...rules, peerAppraisalWeight: 30, massAppraisalWeight: 20 };
    // 50% × 80 + 30% × 90 + 20% × 50
    expect(appraisedRoleDuty(80, { peerAverage: 90, massAverage: 50 }, heavy)).toBe(77);
    const off = { ...rules, peerAppraisalWeight: 0, massAppraisalWeight: 0 };
    expect(appraisedRoleDuty(80, { peerAverage: 0, massAverage: 0 }, off)).toBe(80);
  });

  it('rounds to 2 decimals', () => {
    // 90% × 83.33 + 10% × 77.77 = 74.997 + 7.777 = 82.774
    expect(appraisedRoleDuty(83.33, { peerAverage: 77.77, massAverage: null }, rules)).toBe(82.77);
    // 90% × 80 + 10% × 80.05 = 80.005 → 80.01
    expect(appraisedRoleDuty(80, { peerAverage: 80.05, massAverage: null }, rules)).toBe(80.01);
  });
});

describe('composite', () => {
  it('weights role duty and credit, each scaled to 100 by its base', () => {
    // party member 70/30: 0.7 × 85 + 0.3 × 1030 / 10
    expect(composite(85, 1030, { roleDuty: 70, credit: 30 }, rules)).toBe(90.4);
    // representative 60/40: 0.6 × 85 + 0.4 × 103
    expect(composite(85, 1030, { roleDuty: 60, credit: 40 }, rules)).toBe(92.2);
    // 0.7 × 83.33 + 0.3 × 101.7 = 58.331 + 30.51
    expect(composite(83.33, 1017, { roleDuty: 70, credit: 30 }, rules)).toBe(88.84);
  });
});

describe('gradeVillage: thresholds', () => {
  it('grades at the exact boundaries (≥ each minimum)', () => {
    // Groups of 9 so the quota (3) leaves the one excellent alone.
    const scores = [90, 89.99, 75, 74.99, 60, 59.99, 0, 50, 50];
    const results = gradeVillage(
      scores.map((s, i) => member(`p${i}`, s)),
      rules,
    );
    expect(results.map((r) => r.partyMember?.composite)).toEqual(scores);
    expect(results.map((r) => r.partyMember?.grade)).toEqual([
      Grade.EXCELLENT,
      Grade.QUALIFIED,
      Grade.QUALIFIED,
      Grade.BASIC,
      Grade.BASIC,
      Grade.UNQUALIFIED,
      Grade.UNQUALIFIED,
      Grade.UNQUALIFIED,
      Grade.UNQUALIFIED,
    ]);
    expect(results.every((r) => r.partyMember?.note === null)).toBe(true);
  });

  it('uses the configured thresholds', () => {
    const strict = { ...rules, excellentMin: 95, qualifiedMin: 85, basicMin: 70 };
    expect(
      partyGrades(
        [94, 85, 84.99, 70, 69].map((s, i) => member(`p${i}`, s)),
        strict,
      ),
    ).toEqual([Grade.QUALIFIED, Grade.QUALIFIED, Grade.BASIC, Grade.BASIC, Grade.UNQUALIFIED]);
  });

  it('has Chinese labels', () => {
    expect(Object.values(GRADE_LABELS)).toEqual(['优秀', '合格', '基本合格', '不合格']);
  });
});

describe('gradeVillage: the excellent quota', () => {
  it('is floor(n × 1/3) of the group', () => {
    expect([1, 2, 3, 5, 6, 7, 9].map((n) => excellentQuota(n, rules))).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect(excellentQuota(10, { ...rules, excellentQuotaNumerator: 1, excellentQuotaDenominator: 2 })).toBe(
      5,
    );
  });

  it('keeps the best within the quota and grades the rest QUALIFIED with a note', () => {
    // n = 6 → 2 excellent: 95 and 94 stay, 93 falls to qualified.
    const results = gradeVillage(
      [93, 95, 80, 94, 70, 60].map((s, i) => member(`p${i}`, s)),
      rules,
    );
    expect(results.map((r) => r.partyMember?.grade)).toEqual([
      Grade.QUALIFIED,
      Grade.EXCELLENT,
      Grade.QUALIFIED,
      Grade.EXCELLENT,
      Grade.BASIC,
      Grade.BASIC,
    ]);
    expect(results[0].partyMember?.note).toBe('超出优秀名额（1/3），按合格');
    expect(results[2].partyMember?.note).toBeNull();
    expect(results[1].partyMember?.note).toBeNull();
  });

  it('sends everyone tied at the boundary to QUALIFIED rather than exceed the quota', () => {
    // n = 6 → 2 excellent; 95 alone is above the tie of two 93s at places 2 and 3.
    const results = gradeVillage(
      [93, 95, 93, 91, 70, 60].map((s, i) => member(`p${i}`, s)),
      rules,
    );
    expect(results.map((r) => r.partyMember?.grade)).toEqual([
      Grade.QUALIFIED,
      Grade.EXCELLENT,
      Grade.QUALIFIED,
      Grade.QUALIFIED,
      Grade.BASIC,
      Grade.BASIC,
    ]);
    expect(results.filter((r) => r.partyMember?.note?.startsWith('超出优秀名额'))).toHaveLength(3);
    // A tie entirely within the quota is kept: n = 6, two 93s and nobody else above 90.
    expect(partyGrades([93, 93, 80, 80, 70, 60].map((s, i) => member(`p${i}`, s)))).toEqual([
      Grade.EXCELLENT,
      Grade.EXCELLENT,
      Grade.QUALIFIED,
      Grade.QUALIFIED,
      Grade.BASIC,
      Grade.BASIC,
    ]);
  });

  it('allows nobody excellent in a group under three', () => {
    expect(partyGrades([99, 98].map((s, i) => member(`p${i}`, s)))).toEqual([
      Grade.QUALIFIED,
      Grade.QUALIFIED,
    ]);
  });

  it('counts graded members only: probationary members are not in the group', () => {
    // 5 graded + 1 probationary: the quota is floor(5/3) = 1, not floor(6/3) = 2.
    const inputs = [
      member('prob', 99, { partyMember: { probationary: true, appraisal: NONE } }),
      ...[95, 94, 80, 70, 60].map((s, i) => member(`p${i}`, s)),
    ];
    const results = gradeVillage(inputs, rules);
    expect(results.map((r) => r.partyMember?.grade)).toEqual([
      null,
      Grade.EXCELLENT,
      Grade.QUALIFIED,
      Grade.QUALIFIED,
      Grade.BASIC,
      Grade.BASIC,
    ]);
  });

  it('applies the quota per track: party members and representatives are separate groups', () => {
    const inputs = [
      ...[95, 94, 93].map((s, i) => member(`p${i}`, s)),
      ...[92, 91, 60].map((s, i) => representative(`r${i}`, s)),
    ];
    const results = gradeVillage(inputs, rules);
    expect(results.map((r) => r.partyMember?.grade ?? r.representative?.grade)).toEqual([
      Grade.EXCELLENT,
      Grade.QUALIFIED,
      Grade.QUALIFIED,
      Grade.EXCELLENT,
      Grade.QUALIFIED,
      Grade.BASIC,
    ]);
  });
});

describe('gradeVillage: veto and probation', () => {
  it('forces UNQUALIFIED on a veto whatever the score, with the reason, still counting in the group', () => {
    // n = 3 → 1 excellent; the vetoed 99 does not take the place.
    const results = gradeVillage(
      [
        member('v', 99, { vetoed: true, vetoReason: 'N07 参与赌博', villager: true }),
        member('a', 95),
        member('b', 94),
      ],
      rules,
    );
    expect(results[0].partyMember).toEqual({
      roleDutyScore: 99,
      composite: 99,
      grade: Grade.UNQUALIFIED,
      note: '一票否决：N07 参与赌博',
    });
    expect(results[0]).toMatchObject({ stars: 1, starsNote: '一票否决：N07 参与赌博' });
    expect(results.slice(1).map((r) => r.partyMember?.grade)).toEqual([Grade.EXCELLENT, Grade.QUALIFIED]);
    // Without the veto the group of 3 would have let the 99 be the one excellent.
    expect(partyGrades([member('v', 99), member('a', 95), member('b', 94)])).toEqual([
      Grade.EXCELLENT,
      Grade.QUALIFIED,
      Grade.QUALIFIED,
    ]);
  });

  it('says 一票否决 without a reason when none is given', () => {
    const [result] = gradeVillage([representative('v', 80, { vetoed: true })], rules);
    expect(result.representative).toMatchObject({ grade: Grade.UNQUALIFIED, note: '一票否决' });
  });

  it('leaves probationary party members ungraded, with the note, but computes their composite', () => {
    const [result] = gradeVillage(
      [member('prob', 91, { partyMember: { probationary: true, appraisal: NONE } })],
      rules,
    );
    expect(result.partyMember).toEqual({
      roleDutyScore: 91,
      composite: 91,
      grade: null,
      note: '预备党员不参加等次评定',
    });
    const [vetoed] = gradeVillage(
      [
        member('prob', 91, {
          vetoed: true,
          vetoReason: 'N07 参与赌博',
          partyMember: { probationary: true, appraisal: NONE },
        }),
      ],
      rules,
    );
    expect(vetoed.partyMember).toMatchObject({
      grade: null,
      note: '预备党员不参加等次评定；一票否决：N07 参与赌博',
    });
  });

  it('grades a probationary party member who is also a representative on the representative track', () => {
    const inputs = [
      member('both', 95, {
        partyMember: { probationary: true, appraisal: NONE },
        representative: { appraisal: NONE },
      }),
      ...[80, 70].map((s, i) => representative(`r${i}`, s)),
    ];
    const [result] = gradeVillage(inputs, rules);
    expect(result.partyMember?.grade).toBeNull();
    expect(result.representative).toMatchObject({ composite: 95, grade: Grade.EXCELLENT, note: null });
  });
});

describe('gradeVillage: a person on both tracks', () => {
  it('applies each track’s appraisal and weights on its own; the credit score is shared', () => {
    const both = member('both', 90, {
      creditScore: 900,
      partyMember: { probationary: false, appraisal: { peerAverage: 100, massAverage: null } },
      representative: { appraisal: { peerAverage: 50, massAverage: null } },
    });
    const fillers = [
      ...[80, 70].map((s, i) => member(`p${i}`, s)),
      ...[80, 70].map((s, i) => representative(`r${i}`, s)),
    ];
    const [result] = gradeVillage([both, ...fillers], rules);
    // party member: 90% × 90 + 10% × 100 = 91; 0.7 × 91 + 0.3 × 90 = 90.7
    expect(result.partyMember).toEqual({
      roleDutyScore: 91,
      composite: 90.7,
      grade: Grade.EXCELLENT,
      note: null,
    });
    // representative: 90% × 90 + 10% × 50 = 86; 0.6 × 86 + 0.4 × 90 = 87.6
    expect(result.representative).toEqual({
      roleDutyScore: 86,
      composite: 87.6,
      grade: Grade.QUALIFIED,
      note: null,
    });
    expect(result.stars).toBeNull();
  });
});

describe('gradeVillage: stars', () => {
  it('gives stars strictly above each threshold, 1 otherwise', () => {
    const credit = [1060.01, 1060, 1040.5, 1040, 1020.01, 1020, 990.01, 990, 0, 2000];
    expect(credit.map((c) => starsFor(c, rules))).toEqual([5, 4, 4, 3, 3, 2, 2, 1, 1, 5]);
    const results = gradeVillage(
      credit.map((c, i) => villager(`v${i}`, c)),
      rules,
    );
    expect(results.map((r) => r.stars)).toEqual([5, 4, 4, 3, 3, 2, 2, 1, 1, 5]);
    expect(results.every((r) => r.starsNote === null && r.partyMember === null)).toBe(true);
  });

  it('gives a vetoed villager 1 star with the note, and no stars to non-villagers', () => {
    const results = gradeVillage(
      [villager('v', 1100, { vetoed: true, vetoReason: 'N12 违规建房' }), member('p', 80)],
      rules,
    );
    expect(results[0]).toMatchObject({ stars: 1, starsNote: '一票否决：N12 违规建房' });
    expect(results[1]).toMatchObject({ stars: null, starsNote: null });
  });

  it('returns results in the order of the inputs', () => {
    const inputs = [villager('c', 1000), member('a', 80), representative('b', 70)];
    expect(gradeVillage(inputs, rules).map((r) => r.residentId)).toEqual(['c', 'a', 'b']);
  });
});
