import { monthEnd, planActs, quarterJustEnded, quarterTallyOn } from './demo-activity-plan';
import type { DemoAct } from './demo-activity.data';

const ACTS: DemoAct[] = [
  { who: 'A', item: 'P03', month: 1, day: 2 },
  { who: 'B', item: 'P03', month: 1 }, // day 11: second act of January
  { who: 'C', item: 'P03', month: 2 }, // day 10
  { who: 'D', item: 'P03', month: 12, day: 20 },
];

describe('planActs', () => {
  it('enters a past year’s acts at each month end and reviews them', () => {
    const planned = planActs(2025, ACTS, '2026-01-03');
    expect(planned.map((p) => [p.act.who, p.actedOn, p.enteredOn, p.pending])).toEqual([
      ['A', '2025-01-02', '2025-01-31', false],
      ['B', '2025-01-11', '2025-01-31', false],
      ['C', '2025-02-10', '2025-02-28', false],
      ['D', '2025-12-20', '2025-12-31', false],
    ]);
    expect(planned.map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });

  it('in early January has only the first days of the new year, entered today and pending', () => {
    expect(planActs(2026, ACTS, '2026-01-03').map((p) => [p.act.who, p.enteredOn, p.pending])).toEqual([
      ['A', '2026-01-03', true],
    ]);
    expect(planActs(2026, ACTS, '2026-01-01')).toEqual([]);
  });

  it('reviews the months that are over and leaves the current month pending; nothing after today', () => {
    const planned = planActs(2026, ACTS, '2026-02-15');
    expect(planned.map((p) => [p.act.who, p.pending])).toEqual([
      ['A', false],
      ['B', false],
      ['C', true],
    ]);
    expect(planned.every((p) => p.actedOn <= '2026-02-15' && p.enteredOn <= '2026-02-15')).toBe(true);
  });

  it('on a month’s last day enters it today and leaves it pending; the next day it is reviewed', () => {
    const on = (today: string) => planActs(2026, ACTS, today).find((p) => p.act.who === 'C');
    expect(on('2026-02-28')).toMatchObject({ enteredOn: '2026-02-28', pending: true });
    expect(on('2026-03-01')).toMatchObject({ enteredOn: '2026-02-28', pending: false });
  });
});

describe('calendar', () => {
  it('knows month ends (leap years included) and the day a quarter is tallied', () => {
    expect(monthEnd(2028, 2)).toBe('2028-02-29');
    expect(monthEnd(2026, 12)).toBe('2026-12-31');
    expect(quarterTallyOn(2026, 1)).toBe('2026-04-01');
    expect(quarterTallyOn(2026, 4)).toBe('2027-01-01');
  });
});

describe('quarterJustEnded', () => {
  it('is the calendar quarter before today’s, the previous year’s fourth in January to March', () => {
    expect(quarterJustEnded('2026-01-05')).toEqual({ year: 2025, quarter: 4 });
    expect(quarterJustEnded('2026-03-31')).toEqual({ year: 2025, quarter: 4 });
    expect(quarterJustEnded('2026-04-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterJustEnded('2026-11-20')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterJustEnded('2026-12-31')).toEqual({ year: 2026, quarter: 3 });
  });
});
