import { addMonths } from './case-dates';

describe('addMonths', () => {
  it('adds months and clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
