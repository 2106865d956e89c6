import { periodNumbersOf, periodsOfYear } from './period-calendar';
import { ScoringPeriodKind } from './period-enums';

describe('periodsOfYear', () => {
  const periods = periodsOfYear(2026);
  const find = (kind: ScoringPeriodKind, number: number) =>
    periods.find((p) => p.kind === kind && p.number === number);

  it('has 12 months, 4 quarters and the year', () => {
    expect(periods.filter((p) => p.kind === ScoringPeriodKind.MONTH)).toHaveLength(12);
    expect(periods.filter((p) => p.kind === ScoringPeriodKind.QUARTER)).toHaveLength(4);
    expect(periods.filter((p) => p.kind === ScoringPeriodKind.YEAR)).toHaveLength(1);
  });

  it('bounds months by their real length, February included', () => {
    expect(find(ScoringPeriodKind.MONTH, 1)).toMatchObject({ startsOn: '2026-01-01', endsOn: '2026-01-31' });
    expect(find(ScoringPeriodKind.MONTH, 2)).toMatchObject({ startsOn: '2026-02-01', endsOn: '2026-02-28' });
    expect(find(ScoringPeriodKind.MONTH, 4)?.endsOn).toBe('2026-04-30');
    expect(find(ScoringPeriodKind.MONTH, 12)).toMatchObject({ startsOn: '2026-12-01', endsOn: '2026-12-31' });
    expect(
      periodsOfYear(2028).find((p) => p.kind === ScoringPeriodKind.MONTH && p.number === 2)?.endsOn,
    ).toBe('2028-02-29');
  });

  it('bounds quarters and the year', () => {
    expect(find(ScoringPeriodKind.QUARTER, 1)).toMatchObject({
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
    });
    expect(find(ScoringPeriodKind.QUARTER, 2)).toMatchObject({
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
    });
    expect(find(ScoringPeriodKind.QUARTER, 3)).toMatchObject({
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
    });
    expect(find(ScoringPeriodKind.QUARTER, 4)).toMatchObject({
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
    expect(find(ScoringPeriodKind.YEAR, 1)).toMatchObject({ startsOn: '2026-01-01', endsOn: '2026-12-31' });
  });

  it('places a date in its month, quarter and year', () => {
    expect(periodNumbersOf('2026-03-31')).toEqual({ year: 2026, month: 3, quarter: 1 });
    expect(periodNumbersOf('2026-04-01')).toEqual({ year: 2026, month: 4, quarter: 2 });
    expect(periodNumbersOf('2026-12-31')).toEqual({ year: 2026, month: 12, quarter: 4 });
  });
});
