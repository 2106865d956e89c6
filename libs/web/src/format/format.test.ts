import { describe, expect, it } from 'vitest';
import { beijingToday, formatDate, formatDateTime, formatPoints, formatPointsChange } from './format';

describe('formatting', () => {
  it('shows timestamps in Beijing time whatever the device zone', () => {
    expect(formatDateTime('2026-03-04T17:30:00Z')).toBe('2026-03-05 01:30');
    expect(formatDate('2026-03-04T17:30:00Z')).toBe('2026-03-05');
    expect(formatDate('2026-03-04')).toBe('2026-03-04');
    expect(beijingToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('keeps the decimals of points and signs a change with a true minus', () => {
    expect(formatPoints(0.5)).toBe('0.5');
    expect(formatPoints(12)).toBe('12');
    expect(formatPoints(2.255)).toBe('2.26');
    expect(formatPointsChange(5)).toBe('+5');
    expect(formatPointsChange(-2.5)).toBe('−2.5');
    expect(formatPoints(null)).toBe('—');
  });
});
