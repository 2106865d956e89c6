import { ScoreTrack } from '@village/rulebook';
import { scoreWindow, trackTotals } from './score-window';

const bases = { [ScoreTrack.CREDIT]: 1000, [ScoreTrack.ROLE_DUTY]: 100 };

describe('scoreWindow', () => {
  it('a quarter counts from 1 January to its last day and knows its own start', () => {
    expect(scoreWindow(2026, 2)).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
      quarterFrom: '2026-04-01',
    });
    expect(scoreWindow(2026, 4)).toMatchObject({ to: '2026-12-31', quarterFrom: '2026-10-01' });
    expect(scoreWindow(2026, 1).label).toBe('2026年第一季度（1月1日起累计）');
  });

  it('no quarter is the whole year', () => {
    expect(scoreWindow(2026)).toEqual({
      year: 2026,
      quarter: null,
      label: '2026年度',
      from: '2026-01-01',
      to: '2026-12-31',
      quarterFrom: null,
    });
  });

  it('refuses a quarter outside 1–4, naming quarter', () => {
    for (const q of [0, 5, 1.5]) expect(() => scoreWindow(2026, q)).toThrow(/quarter（季度应为 1–4/);
  });
});

describe('trackTotals', () => {
  const window = scoreWindow(2026, 2);

  it('sums year-to-date and the quarter apart, reversals included, without float drift', () => {
    const totals = trackTotals(
      [
        { track: ScoreTrack.CREDIT, points: 0.1, actedOn: '2026-01-05' },
        { track: ScoreTrack.CREDIT, points: 0.2, actedOn: '2026-04-05' },
        { track: ScoreTrack.CREDIT, points: 3, actedOn: '2026-05-01' },
        { track: ScoreTrack.CREDIT, points: -3, actedOn: '2026-05-01' },
        { track: ScoreTrack.CREDIT, points: 9, actedOn: '2026-07-01' },
      ],
      window,
      bases,
      false,
    );
    expect(totals).toEqual([
      {
        track: ScoreTrack.CREDIT,
        baseScore: 1000,
        points: 0.3,
        quarterPoints: 0.2,
        score: 1000.3,
        entryCount: 4,
      },
    ]);
  });

  it('shows the role-duty track for key-role holders, and for anyone with role-duty entries', () => {
    expect(trackTotals([], window, bases, true).map((t) => t.track)).toEqual([
      ScoreTrack.CREDIT,
      ScoreTrack.ROLE_DUTY,
    ]);
    const withEntry = trackTotals(
      [{ track: ScoreTrack.ROLE_DUTY, points: -2, actedOn: '2026-02-01' }],
      scoreWindow(2026),
      bases,
      false,
    );
    expect(withEntry[1]).toEqual({
      track: ScoreTrack.ROLE_DUTY,
      baseScore: 100,
      points: -2,
      quarterPoints: null,
      score: 98,
      entryCount: 1,
    });
  });
});
