import { acceptsEntryFor, assertAcceptsEntryFor, LATE_ENTRY_DAYS } from './late-entry';
import { ScoringPeriodStatus } from './period-enums';

describe('acceptsEntryFor', () => {
  it('accepts an act on the day and up to the late-entry limit after it', () => {
    expect(LATE_ENTRY_DAYS).toBe(31);
    expect(acceptsEntryFor('2026-05-10', '2026-05-10')).toEqual({ accepted: true });
    expect(acceptsEntryFor('2026-05-10', '2026-06-10')).toEqual({ accepted: true });
  });

  it('refuses an act older than the limit, naming the date and the reason', () => {
    const decision = acceptsEntryFor('2026-05-10', '2026-06-11');
    expect(decision.accepted).toBe(false);
    expect(!decision.accepted && decision.reason).toMatch(/2026-05-10.*已超过补录期限/);
  });

  it('uses the configured limit', () => {
    expect(acceptsEntryFor('2026-05-10', '2026-05-20', { lateDays: 7 }).accepted).toBe(false);
    expect(acceptsEntryFor('2026-05-10', '2026-05-17', { lateDays: 7 }).accepted).toBe(true);
  });

  it('refuses an act in a quarter no longer open, even within the limit', () => {
    for (const status of [
      ScoringPeriodStatus.TALLIED,
      ScoringPeriodStatus.NOTICE,
      ScoringPeriodStatus.FINAL,
    ]) {
      const decision = acceptsEntryFor('2026-03-30', '2026-04-02', { quarterStatus: status });
      expect(!decision.accepted && decision.reason).toMatch(/2026-03-30.*期间已核算/);
    }
    expect(acceptsEntryFor('2026-03-30', '2026-04-02', { quarterStatus: ScoringPeriodStatus.OPEN })).toEqual({
      accepted: true,
    });
  });

  it('refuses a year whose periods are not opened, future acts and invalid dates', () => {
    expect(acceptsEntryFor('2026-03-30', '2026-04-02', { quarterStatus: null }).accepted).toBe(false);
    expect(acceptsEntryFor('2026-05-11', '2026-05-10').accepted).toBe(false);
    expect(acceptsEntryFor('2026-02-30', '2026-05-10').accepted).toBe(false);
  });

  it('throws a field error for services', () => {
    expect(() => assertAcceptsEntryFor('2026-01-01', '2026-03-01')).toThrow(/已超过补录期限/);
    expect(() => assertAcceptsEntryFor('2026-03-01', '2026-03-01')).not.toThrow();
  });
});
