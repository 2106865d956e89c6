import { addDays, addWorkingDays, runAsOf, daysBetween, setTodayForTests, todayInChina } from './civil-date';

describe('civil dates', () => {
  afterEach(() => setTodayForTests(null));

  it('reads today in UTC+8: 16:30 UTC is already the next day in China', () => {
    expect(todayInChina(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
    expect(todayInChina(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
  });

  it('counts days across month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-25', '2027-01-04')).toBe(10);
  });

  it('counts working days over weekends: Friday + 1 is Monday', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-28', 7)).toBe('2026-12-08');
    expect(addWorkingDays('2026-11-30', 0)).toBe('2026-11-30');
  });

  it('lets a test pin today, and refuses a date that is not one', () => {
    setTodayForTests('2026-02-03');
    expect(todayInChina()).toBe('2026-02-03');
    expect(todayInChina(new Date('2026-07-01T00:00:00Z'))).toBe('2026-07-01');
    expect(() => setTodayForTests('2026-02-30')).toThrow('not a civil date');
    setTodayForTests(null);
    expect(todayInChina()).toBe(todayInChina(new Date()));
  });

  it('replays a date for one piece of work only, across awaits', async () => {
    const real = todayInChina();
    const seen = await runAsOf('2025-06-30', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return todayInChina();
    });
    expect(seen).toBe('2025-06-30');
    expect(todayInChina()).toBe(real);
    expect(() => runAsOf('2025-02-30', async () => 1)).toThrow('not a civil date');
  });

  it('refuses to pin today outside tests', () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => setTodayForTests('2026-02-03')).toThrow('only for tests');
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});
