import { beijingTimeOfDay } from './beijing-time';

describe('beijingTimeOfDay', () => {
  const now = new Date('2026-05-03T06:00:00Z'); // 14:00 in Beijing

  it('shows the time of day in Beijing for a moment later today, rounded up to the minute', () => {
    expect(beijingTimeOfDay(new Date('2026-05-03T06:32:00Z'), now)).toBe('14:32');
    expect(beijingTimeOfDay(new Date('2026-05-03T06:31:01Z'), now)).toBe('14:32');
  });

  it('adds the Beijing date when the moment falls on another day there', () => {
    expect(beijingTimeOfDay(new Date('2026-05-03T16:30:00Z'), now)).toBe('2026-05-04 00:30');
  });
});
