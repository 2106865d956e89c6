import type { ItemFields } from '../common/item-columns';
import { allowedRange, assertAdjustment, checkedAdjustment } from './adjustment-bounds';

describe('town adjustment bounds', () => {
  it('allows ±percent of the framework value, inclusive', () => {
    expect(allowedRange(4, 20)).toEqual({ min: 3.2, max: 4.8 });
    expect(() => assertAdjustment('pointsMax', 'F1 事项', 4, 4.8, 20)).not.toThrow();
    expect(() => assertAdjustment('pointsMax', 'F1 事项', 4, 3.2, 20)).not.toThrow();
    expect(() => assertAdjustment('pointsMax', 'F1 事项', 1, 1.2, 20)).not.toThrow();
  });

  it('refuses values outside, naming the field, the item and the range', () => {
    try {
      assertAdjustment('pointsMin', 'F1 事项', 4, 4.81, 20);
      throw new Error('not refused');
    } catch (error) {
      const e = error as { code: string; fields: { field: string; reasons: string[] }[] };
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.fields[0].field).toBe('pointsMin');
      expect(e.fields[0].reasons[0]).toContain('F1 事项');
      expect(e.fields[0].reasons[0]).toContain('3.2–4.8');
    }
    expect(() => assertAdjustment('pointsMin', 'x', 4, 3.19, 20)).toThrow();
    expect(() => assertAdjustment('pointsMin', 'x', 4, 4.01, 0)).toThrow();
  });

  it('keeps unset values, refuses a per-unit value on a fixed item and an inverted range', () => {
    const item = { code: 'F1', name: '事项', pointsMin: 2, pointsMax: 4, perUnitPoints: null } as ItemFields;
    expect(checkedAdjustment(item, { pointsMax: 4.5 }, 20)).toEqual({
      pointsMin: null,
      pointsMax: 4.5,
      perUnitPoints: null,
    });
    expect(() => checkedAdjustment(item, { perUnitPoints: 1 }, 20)).toThrow(/不按数量计分/);
    expect(() =>
      checkedAdjustment({ ...item, pointsMin: 4 }, { pointsMin: 4.8, pointsMax: 4.2 }, 20),
    ).toThrow(/下限不能大于上限/);
  });
});
