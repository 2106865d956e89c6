import { CapMode, RoundingMode } from '@village/rulebook';
import { describeRule } from '@village/rulebook';
import { actPoints, bandFor, roundPoints } from './points-rules';
import { PLAIN_RULE } from './points-rules.fixtures';
import { NO_ACT_RULES } from '@village/rulebook';

const base = { ...PLAIN_RULE, code: 'X', pointsMin: 0, pointsMax: 10, perUnitPoints: null };

/** A donation scored by bands of yuan: small gifts per yuan, larger ones a fixed value (per-act max 10). */
const donation = {
  ...base,
  code: 'P08',
  unitLabel: '元',
  pointsMin: 0.1,
  amountBands: [
    { from: 1, to: 500, points: null, perUnit: 0.01 },
    { from: 500, to: 5000, points: null, perUnit: 0.0025 },
    { from: 5000, to: null, points: 10, perUnit: null },
  ],
  roundingStep: 0.1,
  roundingMode: RoundingMode.DOWN,
  perActMax: 10,
  capMode: CapMode.CLAMP,
};

describe('points rules', () => {
  it('rounds in hundredths, down or to the nearest step', () => {
    expect(roundPoints(0.52, 0.1, RoundingMode.DOWN)).toBe(0.5);
    expect(roundPoints(0.58, 0.1, RoundingMode.DOWN)).toBe(0.5);
    expect(roundPoints(0.55, 0.1, RoundingMode.NEAREST)).toBe(0.6);
    expect(roundPoints(1.7, 1, RoundingMode.DOWN)).toBe(1);
    expect(roundPoints(0.29, 0.1, RoundingMode.DOWN)).toBe(0.2); // 0.29 is 0.28999… in binary
    expect(roundPoints(1.005, null, null)).toBe(1.01);
  });

  it('finds the band with its lower edge inclusive and its upper edge exclusive', () => {
    expect(bandFor(donation.amountBands, 499.99)?.from).toBe(1);
    expect(bandFor(donation.amountBands, 500)?.from).toBe(500);
    expect(bandFor(donation.amountBands, 5000)?.from).toBe(5000);
    expect(bandFor(donation.amountBands, 0.5)).toBeNull();
  });

  it('scores 52 yuan at 0.01 a yuan, rounded down to 0.1, as 0.5 and says so', () => {
    const { magnitude, notes } = actPoints(donation, 52, null);
    expect(magnitude).toBe(0.5);
    expect(notes.join('；')).toContain('按 0.1 分舍去取整为 0.5 分');
  });

  it('clamps an act above the per-act maximum when the rule clamps, and refuses when it refuses', () => {
    const big = actPoints(
      { ...donation, amountBands: [{ from: 1, to: null, points: null, perUnit: 0.0025 }] },
      4800,
      null,
    );
    expect(big.magnitude).toBe(10);
    expect(big.notes.at(-1)).toBe('单次最多 10 分，按 10 分计');
    const refusing = {
      ...donation,
      amountBands: [{ from: 1, to: null, points: null, perUnit: 0.0025 }],
      capMode: CapMode.REFUSE,
    };
    expect(() => actPoints(refusing, 4800, null)).toThrow('单次最多 10 分，本次 12 分超出');
  });

  it('takes a reviewer choice only among the levels', () => {
    const levels = { ...base, pointsMin: 10, pointsMax: 50, pointLevels: [10, 20, 40, 50] };
    expect(actPoints(levels, null, 40).magnitude).toBe(40);
    expect(() => actPoints(levels, null, 30)).toThrow('只能记 10、20、40、50 分之一');
    expect(() => actPoints(levels, null, null)).toThrow('按档次计分');
  });

  it('describes the rule in one line', () => {
    const text = describeRule({
      ...donation,
      capPerMonth: null,
      capPerQuarter: null,
      capPerYear: 10,
      capGroup: 'DONATE',
      repeatMultiplier: 1,
      validityMonths: null,
      milestoneSources: null,
      milestoneSpan: null,
      milestones: null,
      household: false,
      ...NO_ACT_RULES,
    });
    expect(text).toContain('按元分档：1–500元（不含500）每元 0.01 分');
    expect(text).toContain('与同组（DONATE）事项合计最多每年 10 分，超出部分不计');
  });
});
