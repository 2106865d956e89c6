import { ItemDirection } from '@village/rulebook';
import { PLAIN_RULE } from './points-rules.fixtures';
import { addMonths, approvedPoints, capWindows, claimedPoints } from './declaration-rules';

const item = {
  code: 'N01',
  direction: ItemDirection.NEGATIVE,
  pointsMin: 1,
  pointsMax: 3,
  perUnitPoints: null,
  repeatMultiplier: 2,
  ...PLAIN_RULE,
};

describe('declaration rules', () => {
  it('computes calendar windows for caps', () => {
    expect(capWindows('2026-11-15')).toEqual({
      month: ['2026-11-01', '2026-11-30'],
      quarter: ['2026-10-01', '2026-12-31'],
      year: ['2026-01-01', '2026-12-31'],
    });
    expect(capWindows('2026-02-03').month).toEqual(['2026-02-01', '2026-02-28']);
  });

  it('adds months clamped to the month end', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });

  it('signs points by direction, checks the range and applies the repeat multiplier', () => {
    expect(approvedPoints(item, null, 2, false)).toMatchObject({ points: -2, multiplier: 1 });
    expect(approvedPoints(item, null, 2, true)).toMatchObject({ points: -4, multiplier: 2 });
    expect(() => approvedPoints(item, null, 4, false)).toThrow();
    expect(() => approvedPoints(item, null, null, false)).toThrow();
  });

  it('takes the one value of a fixed-value item when the reviewer names none', () => {
    const fixed = { ...item, pointsMin: 1.2, pointsMax: 1.2 };
    expect(approvedPoints(fixed, null, null, false)).toMatchObject({ points: -1.2, multiplier: 1 });
    expect(() => approvedPoints(fixed, null, 2, false)).toThrow('1.2–1.2');
  });

  it('computes per-unit points from the quantity', () => {
    const p01 = {
      ...item,
      code: 'P01',
      direction: ItemDirection.POSITIVE,
      pointsMin: 0.5,
      pointsMax: 10,
      perUnitPoints: 0.5,
      repeatMultiplier: 1,
    };
    expect(approvedPoints(p01, 4, undefined, false)).toMatchObject({ points: 2, multiplier: 1 });
    expect(() => approvedPoints(p01, 4, 3, false)).toThrow();
    expect(claimedPoints(p01, 4)).toBe(2);
  });
});
