import { CapMode, RoundingMode } from '@village/rulebook';
import { draftMagnitude } from './draft-points';
import { entry, item } from './preview.fixtures';

describe('an act rescored under the draft item (draftMagnitude)', () => {
  it('a fixed-point item gives the draft’s value', () => {
    const act = entry('a', 'P03', 1);
    expect(draftMagnitude(act, item('P03', { pointsMin: 1.2, pointsMax: 1.2 }))).toEqual({
      magnitude: 1.2,
      note: null,
    });
  });

  it('a ranged item keeps the reviewer’s choice, clamped into the draft range', () => {
    const chose3 = entry('a', 'P02', 3);
    const chose5 = entry('a', 'P02', 5);
    const draft = item('P02', { pointsMin: 2.4, pointsMax: 4 });
    expect(draftMagnitude(chose3, draft).magnitude).toBe(3);
    expect(draftMagnitude(chose5, draft).magnitude).toBe(4);
    expect(draftMagnitude(entry('a', 'P02', 2), draft).magnitude).toBe(2.4);
  });

  it('a negative entry is rescored by its magnitude', () => {
    expect(
      draftMagnitude(entry('a', 'N08', -10), item('N08', { pointsMin: 8, pointsMax: 8 })).magnitude,
    ).toBe(8);
  });

  it('a per-unit item is recomputed from the quantity with the draft’s rate and rounding', () => {
    const hours = entry('a', 'P01', 2, { quantity: 4 });
    const draft = item('P01', { pointsMin: 0.5, pointsMax: 10, perUnitPoints: 0.6, unitLabel: '小时' });
    expect(draftMagnitude(hours, draft).magnitude).toBe(2.4);
    const found = entry('a', 'P21', 0.5, { quantity: 52 });
    const rounded = item('P21', {
      pointsMin: 0.1,
      pointsMax: 10,
      perUnitPoints: 0.012,
      roundingStep: 0.1,
      roundingMode: RoundingMode.DOWN,
    });
    expect(draftMagnitude(found, rounded).magnitude).toBe(0.6); // 52 × 0.012 = 0.624 → 0.6
  });

  it('a banded item takes the band the amount falls in under the draft', () => {
    const draft = item('P08', {
      pointsMin: 0.1,
      pointsMax: 10,
      unitLabel: '元',
      amountBands: [
        { from: 1, to: 1000, points: null, perUnit: 0.01 },
        { from: 1000, to: null, points: 10, perUnit: null },
      ],
      perActMax: 10,
      capMode: CapMode.CLAMP,
    });
    expect(draftMagnitude(entry('a', 'P08', 1.2, { quantity: 500 }), draft).magnitude).toBe(5);
    expect(draftMagnitude(entry('a', 'P08', 10, { quantity: 4800 }), draft).magnitude).toBe(10);
  });

  it('an amount the draft’s bands no longer cover scores nothing, and says why', () => {
    const draft = item('P08', {
      pointsMin: 0.1,
      pointsMax: 10,
      unitLabel: '元',
      amountBands: [{ from: 100, to: null, points: 1, perUnit: null }],
    });
    const result = draftMagnitude(entry('a', 'P08', 0.5, { quantity: 50 }), draft);
    expect(result.magnitude).toBe(0);
    expect(result.note).toContain('按草案不予计分');
    expect(result.note).toContain('分档不含 50元');
  });

  it('levels: the recorded choice goes to the nearest draft level', () => {
    const draft = item('N12', { pointsMin: 3, pointsMax: 12, pointLevels: [4, 8, 12] });
    expect(draftMagnitude(entry('a', 'N12', -5), draft).magnitude).toBe(4);
    expect(draftMagnitude(entry('a', 'N12', -10), draft).magnitude).toBe(8);
  });

  it('a repeat stays multiplied while the draft multiplies repeats, by the draft’s multiplier', () => {
    const repeat = entry('a', 'N01', -4, { repeatMultiplier: 2 });
    const draft = item('N01', { pointsMin: 1, pointsMax: 3, validityMonths: 3, repeatMultiplier: 3 });
    expect(draftMagnitude(repeat, draft).magnitude).toBe(6); // chose 2, × 3
    const noRepeats = item('N01', { pointsMin: 1, pointsMax: 3 });
    expect(draftMagnitude(repeat, noRepeats).magnitude).toBe(2);
  });

  it('an entry without a quantity under a draft that counts by quantity keeps its points within the range', () => {
    const draft = item('P18', { pointsMin: 1, pointsMax: 6, perUnitPoints: 1.2, unitLabel: '次' });
    const result = draftMagnitude(entry('a', 'P18', 3), draft);
    expect(result.magnitude).toBe(3);
    expect(result.note).toContain('无数量');
  });
});
