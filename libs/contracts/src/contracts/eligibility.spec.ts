import { coverageRate, referenceDate, roleCountsForYear } from './eligibility';

describe('contract eligibility', () => {
  const today = new Date('2026-06-15T08:00:00Z');

  it('clamps the reference date into the year', () => {
    expect(referenceDate(2026, today)).toBe('2026-06-15');
    expect(referenceDate(2027, today)).toBe('2027-01-01');
    expect(referenceDate(2025, today)).toBe('2025-12-31');
  });

  it('counts open roles that started by the end of the year', () => {
    expect(roleCountsForYear({ startDate: '2010-03-01', endDate: null }, 2026, today)).toBe(true);
    expect(roleCountsForYear({ startDate: '2026-12-31', endDate: null }, 2026, today)).toBe(true);
    expect(roleCountsForYear({ startDate: '2027-01-01', endDate: null }, 2026, today)).toBe(false);
  });

  it('excludes roles already ended by the reference date', () => {
    expect(roleCountsForYear({ startDate: '2010-03-01', endDate: '2025-12-31' }, 2026, today)).toBe(false);
    expect(roleCountsForYear({ startDate: '2010-03-01', endDate: '2026-06-14' }, 2026, today)).toBe(false);
    expect(roleCountsForYear({ startDate: '2010-03-01', endDate: '2026-06-15' }, 2026, today)).toBe(true);
    expect(roleCountsForYear({ startDate: '2010-03-01', endDate: '2026-09-30' }, 2025, today)).toBe(true);
    expect(roleCountsForYear({ startDate: '2010-03-01', endDate: '2025-09-30' }, 2025, today)).toBe(false);
  });

  it('computes the coverage rate', () => {
    expect(coverageRate(3, 4)).toBe(0.75);
    expect(coverageRate(1, 3)).toBe(0.3333);
    expect(coverageRate(0, 0)).toBe(0);
  });
});
