import { Deviation, judgeGroup, judgeReviewer, twoSampleZ } from './outlier-rule';

describe('the outlier rule', () => {
  it('compares per-resident rates as the binomial test of the group share of deductions does', () => {
    // 12 deductions among 10 residents, 3 among the other 30: of 15, a quarter of the people took 12.
    const z = twoSampleZ({ count: 12, size: 10 }, { count: 3, size: 30 }, 'RATE') as number;
    const binomial = (12 - 15 * 0.25) / Math.sqrt(15 * 0.25 * 0.75);
    expect(z).toBeCloseTo(binomial, 10);
    expect(z).toBeCloseTo(4.919, 3);
  });

  it('compares reviewers as the two-proportion z-test does', () => {
    // 10 deductions in 20 entries against 2 in the other reviewers' 40: pooled 12 / 60.
    const z = twoSampleZ({ count: 10, size: 20 }, { count: 2, size: 40 }, 'PROPORTION') as number;
    expect(z).toBeCloseTo((0.5 - 0.05) / Math.sqrt(0.2 * 0.8 * (1 / 20 + 1 / 40)), 10);
  });

  it('flags a group far above or far below the rest of the village, with the figures in the reason', () => {
    const high = judgeGroup({ count: 12, size: 10 }, { count: 15, size: 40 });
    expect(high).toMatchObject({ zScore: 4.92, deviation: Deviation.HIGH });
    expect(high.reason).toBe(
      '扣分率明显高于全村：本组每百人扣分 120 次，其余村民每百人扣分 10 次，z = 4.92（|z| ≥ 2）',
    );
    const low = judgeGroup({ count: 0, size: 20 }, { count: 15, size: 40 });
    expect(low.deviation).toBe(Deviation.LOW);
    expect(low.zScore).toBeLessThanOrEqual(-2);
  });

  it('does not flag a difference within two standard errors', () => {
    const check = judgeGroup({ count: 5, size: 10 }, { count: 15, size: 40 });
    expect(check.deviation).toBeNull();
    expect(check.zScore).not.toBeNull();
    expect(check.reason).toContain('与全村无明显差异');
  });

  it('does not judge a group under 10 residents, however many deductions it has', () => {
    const check = judgeGroup({ count: 9, size: 3 }, { count: 12, size: 40 });
    expect(check).toEqual({ zScore: null, deviation: null, reason: '本组不足 10 人，不作偏离判断' });
  });

  it('does not judge with fewer than 5 deductions in the village, or with nothing to compare', () => {
    expect(judgeGroup({ count: 4, size: 10 }, { count: 4, size: 40 }).reason).toBe(
      '全村扣分不足 5 次，不作判断',
    );
    expect(judgeGroup({ count: 8, size: 40 }, { count: 8, size: 40 }).zScore).toBeNull();
    expect(judgeReviewer({ count: 20, size: 20 }, { count: 40, size: 40 }).zScore).toBeNull();
  });

  it('does not judge a reviewer with fewer than 10 entries approved', () => {
    expect(judgeReviewer({ count: 9, size: 9 }, { count: 10, size: 60 }).reason).toBe(
      '核定不足 10 条，不作偏离判断',
    );
    expect(judgeReviewer({ count: 10, size: 20 }, { count: 12, size: 60 }).deviation).toBe(Deviation.HIGH);
  });
});
