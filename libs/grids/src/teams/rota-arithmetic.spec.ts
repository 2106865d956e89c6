import { applicableRota, rotationIndex } from './rota-arithmetic';

describe('rotating captain arithmetic', () => {
  const monthly = { startsOn: '2026-01-01', periodDays: 30, residentIds: ['a', 'b', 'c'] };

  it('gives the first captain the first period, then moves on every periodDays', () => {
    expect(rotationIndex(monthly, '2026-01-01')).toBe(0);
    expect(rotationIndex(monthly, '2026-01-30')).toBe(0);
    expect(rotationIndex(monthly, '2026-01-31')).toBe(1);
    expect(rotationIndex(monthly, '2026-03-01')).toBe(1); // day 59
    expect(rotationIndex(monthly, '2026-03-02')).toBe(2); // day 60
  });

  it('wraps around after the last captain', () => {
    expect(rotationIndex(monthly, '2026-04-01')).toBe(0); // day 90
    expect(rotationIndex(monthly, '2026-05-01')).toBe(1); // day 120
    expect(rotationIndex({ ...monthly, periodDays: 7 }, '2026-01-22')).toBe(0); // week 3 → 3 mod 3
  });

  it('counts whole days across leap years and month ends', () => {
    const daily = { startsOn: '2028-02-28', periodDays: 1, residentIds: ['a', 'b', 'c', 'd'] };
    expect(rotationIndex(daily, '2028-02-29')).toBe(1);
    expect(rotationIndex(daily, '2028-03-01')).toBe(2);
    expect(rotationIndex(daily, '2029-02-28')).toBe(366 % 4);
  });

  it('has no captain before the schedule starts', () => {
    expect(rotationIndex(monthly, '2025-12-31')).toBeNull();
  });

  it('lets the newest version starting on or before the date win', () => {
    const v1 = { ...monthly, version: 1 };
    const v2 = { ...monthly, version: 2, startsOn: '2026-06-01' };
    const v3 = { ...monthly, version: 3, startsOn: '2026-03-01' }; // newer, yet starts earlier than v2
    expect(applicableRota([v1, v2, v3], '2025-12-31')).toBeNull();
    expect(applicableRota([v1, v2, v3], '2026-02-28')?.version).toBe(1);
    expect(applicableRota([v1, v2, v3], '2026-03-01')?.version).toBe(3);
    expect(applicableRota([v1, v2, v3], '2026-07-01')?.version).toBe(3);
    expect(applicableRota([v1, v2], '2026-07-01')?.version).toBe(2);
  });
});
