import { setTodayForTests } from '@village/platform-common';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { expectOk, Q } from '../cycle/cycle-support';
import { unitIds } from '../rulebook/rulebook-support';
import { LEDGER_CHAIN_CHECK } from '../support/documents/ledger';
import { DECLARATIONS_BY_STATUS, SCORING_PERIODS } from '../support/documents/scoring';
import type { ScoringPeriodsQuery } from '../support/generated/graphql';
import { startTestApp, type TestApp, DEMO_ACTIVITY_SEED_TIMEOUT_MS } from '../support/test-app';

type Period = ScoringPeriodsQuery['scoringPeriods'][number];

const LAST = DEMO_YEAR - 1;
/** The demo is seeded as of this day (late November: three quarters of this year final, the fourth open). */
const TODAY = `${DEMO_YEAR}-11-28`;

/**
 * The demo's year of activity, as a newcomer finds it on first start: 大泽头村's previous year complete
 * (grades as computed by hand in demo-activity.data.ts), this year up to late November, and 侯家庵村.
 */
describe('demo year of activity', () => {
  let t: TestApp;
  let village: string;
  let houjiaan: string;
  let council: string;
  let resident: string;
  let auditor: string;

  const periodsOf = async (v: string, year: number, token: string) =>
    expectOk(await t.gql(SCORING_PERIODS, { villageId: v, year }, token)).scoringPeriods;
  const pick = (periods: Period[], kind: string, number: number) =>
    periods.find((p) => p.kind === kind && p.number === number) as Period;
  const noticeLines = async (periodId: string, token: string) =>
    new Map(
      (expectOk(await t.gql(Q.notice, { p: periodId }, token)).publicNotice.tally.lines ?? []).map((l) => [
        l.residentName,
        l,
      ]),
    );

  beforeAll(async () => {
    setTodayForTests(TODAY);
    t = await startTestApp({ demoActivity: true });
    const units = await unitIds(t);
    village = units['大泽头村'];
    houjiaan = units['侯家庵村'];
    council = await t.login('dazetou-council');
    resident = await t.login('dazetou-resident');
    auditor = await t.login('wendeng-auditor');
  }, 180000);
  afterAll(() => t.close());

  it(
    'replays the activity at start-up and reports what it did',
    () => {
      // 侯家庵村's third quarter is left untallied for a newcomer (tests/demo/demo-quarter.spec.ts).
      expect(t.demoSeed?.activity).toMatchObject({ declarations: 207, tallies: 15 });
      // Measured, not asserted tightly: it delays the server's first start (see README).
      expect(t.demoSeed?.activity?.ms).toBeLessThan(60_000);
    },
    DEMO_ACTIVITY_SEED_TIMEOUT_MS,
  );

  it('has the previous year complete: four quarters and the year final, each with its tally', async () => {
    const periods = await periodsOf(village, LAST, council);
    for (const n of [1, 2, 3, 4]) expect(pick(periods, 'QUARTER', n).status).toBe('FINAL');
    expect(pick(periods, 'YEAR', 1).status).toBe('FINAL');
    expect(periods.filter((p) => p.kind === 'MONTH').every((m) => m.status === 'CLOSED')).toBe(true);
    const versions = async (p: Period) =>
      expectOk(await t.gql(Q.versions, { p: p.id }, council)).scoreTallies.length;
    expect(await versions(pick(periods, 'QUARTER', 1))).toBe(1);
    expect(await versions(pick(periods, 'QUARTER', 2))).toBe(2); // re-tallied after the upheld objection
    expect(await versions(pick(periods, 'YEAR', 1))).toBe(1);
  });

  it('grades 大泽头村’s previous year as computed by hand: the quota, the veto, the probationary member, stars', async () => {
    const year = pick(await periodsOf(village, LAST, resident), 'YEAR', 1);
    const lines = await noticeLines(year.id, resident);
    const pm = (name: string) => lines.get(name)?.evaluation?.partyMember;
    const rep = (name: string) => lines.get(name)?.evaluation?.representative;

    // Party members: 7 graded, at most 2 优秀.
    expect(pm('张兆明')).toMatchObject({ composite: 105.71, grade: 'EXCELLENT' }); // 0.7×108 + 0.3×100.36
    expect(pm('于建国')).toMatchObject({ composite: 102.8, grade: 'EXCELLENT' });
    expect(pm('丛培军')).toMatchObject({ composite: 101.4, grade: 'QUALIFIED' });
    expect(pm('丛培军')?.note).toContain('超出优秀名额');
    expect(pm('毕文斌')).toMatchObject({ composite: 99.72, grade: 'QUALIFIED' }); // 李秀英 rated him 60
    expect(pm('宋德福')).toMatchObject({ composite: 82.2, grade: 'QUALIFIED' });
    expect(pm('谷长青')?.grade).toBe('UNQUALIFIED');
    expect(pm('谷长青')?.note).toContain('N33');
    expect(pm('孙红霞')).toMatchObject({ grade: null, note: '预备党员不参加等次评定' });

    // Representatives: 6 graded, at most 2 优秀.
    expect(rep('刘志强')).toMatchObject({ composite: 102.4, grade: 'EXCELLENT' }); // 0.9×105 + 9.5 = 104
    expect(rep('丛培军')).toMatchObject({ composite: 101.2, grade: 'EXCELLENT' });
    expect(rep('王春燕')).toMatchObject({ composite: 100.1, grade: 'QUALIFIED' }); // over the quota
    expect(rep('孙国华')).toMatchObject({ composite: 70, grade: 'BASIC' });
    expect(rep('于翠萍')).toMatchObject({ composite: 59.68, grade: 'UNQUALIFIED' }); // 0.9×32 + 4

    const stars = (name: string) => [lines.get(name)?.creditScore, lines.get(name)?.evaluation?.stars];
    expect(stars('宋立新')).toEqual([1061.2, 5]);
    expect(stars('于海涛')).toEqual([1060, 4]); // the dismissed objection left his points
    expect(stars('李秀英')).toEqual([1028.4, 3]); // 12 × (1.2 + 1) + 2 amended; four claims rejected
    expect(stars('张磊')).toEqual([1000, 2]); // the upheld objection's reversal
    expect(stars('孙德海')).toEqual([990, 1]);
    expect(stars('于成龙')).toEqual([1020, 1]); // N07 gambling is a veto
    expect(stars('宋德福')).toEqual([990, 1]);
    expect(stars('谷长青')).toEqual([1000, 1]); // N33 is a role-duty item, and a veto
    expect(stars('张兆明')).toEqual([1003.6, 2]);
    expect(stars('孙红霞')).toEqual([1000, 2]);
  });

  it('has one upheld objection (with its reversal) and one dismissed, and an amended declaration', async () => {
    const periods = await periodsOf(village, LAST, council);
    const objections = async (n: number) =>
      expectOk(
        await t.gql(Q.objections, { p: pick(periods, 'QUARTER', n).id }, council),
      ).objections.items.map((o) => o.status);
    expect(await objections(2)).toEqual(['UPHELD']);
    expect(await objections(3)).toEqual(['DISMISSED']);
    const [{ n }] = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM ledger_entry WHERE village_id = $1 AND kind = 'REVERSAL'`,
      [village],
    );
    expect(n).toBe(1);
    const amended = expectOk(
      await t.gql(DECLARATIONS_BY_STATUS, { v: village, status: 'AMENDED' }, council),
    ).declarations;
    expect(amended.total).toBe(1);
  });

  it('has this year so far: ended quarters final, the current quarter open, this month’s declarations pending', async () => {
    const periods = await periodsOf(village, DEMO_YEAR, council);
    for (const n of [1, 2, 3]) expect(pick(periods, 'QUARTER', n).status).toBe('FINAL');
    expect(pick(periods, 'QUARTER', 4).status).toBe('OPEN');
    expect(pick(periods, 'YEAR', 1).status).toBe('OPEN');
    expect(pick(periods, 'MONTH', 9).status).toBe('CLOSED');
    expect(pick(periods, 'MONTH', 11).status).toBe('OPEN');
    const pending = expectOk(
      await t.gql(DECLARATIONS_BY_STATUS, { v: village, status: 'PENDING', limit: 100 }, council),
    ).declarations;
    expect(pending.total).toBe(6);
    expect(pending.items.every((d) => d.actedOn.startsWith(`${DEMO_YEAR}-11-`) && d.actedOn <= TODAY)).toBe(
      true,
    );
  });

  it('keeps both villages’ ledger chains intact', async () => {
    for (const v of [village, houjiaan]) {
      const chain = expectOk(await t.gql(LEDGER_CHAIN_CHECK, { v }, auditor)).ledgerChainCheck;
      expect(chain.ok).toBe(true);
      expect(chain.entries).toBeGreaterThan(10);
    }
  });

  it('gives 侯家庵村 a graded previous year, this year’s earlier quarters final and the one just ended open', async () => {
    const admin = await t.login('houjiaan-admin');
    const last = await periodsOf(houjiaan, LAST, admin);
    expect(last.filter((p) => p.kind !== 'MONTH').map((p) => p.status)).toEqual(Array(5).fill('FINAL'));
    const lines = await noticeLines(pick(last, 'YEAR', 1).id, admin);
    // One graded party member: a third of one is no 优秀 place, so 108.4 is held at 合格.
    expect(lines.get('侯振东')?.evaluation?.partyMember).toMatchObject({
      composite: 108.4,
      grade: 'QUALIFIED',
    });
    expect(lines.get('侯立平')?.evaluation?.representative).toMatchObject({ composite: 103.6 });
    expect(lines.get('曲秀芹')).toMatchObject({ creditScore: 1004, evaluation: { stars: 2 } });
    const now = await periodsOf(houjiaan, DEMO_YEAR, admin);
    // The third quarter has just ended: left untallied for a newcomer to walk (README, "try the cycle").
    expect([1, 2, 3, 4].map((n) => pick(now, 'QUARTER', n).status)).toEqual([
      'FINAL',
      'FINAL',
      'OPEN',
      'OPEN',
    ]);
  });

  it('fills 李秀英’s inbox: approvals, rejections with reasons, notices, objection answers and her grade', async () => {
    const inbox = expectOk(await t.gql(Q.inbox, {}, resident)).myNotifications.items;
    const kinds = new Set(inbox.map((n) => n.kind));
    for (const kind of [
      'DECLARATION_APPROVED',
      'DECLARATION_REJECTED',
      'DECLARATION_AMENDED',
      'NOTICE_OPENED',
      'OBJECTION_ANSWERED',
      'GRADE_PUBLISHED',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(inbox.find((n) => n.kind === 'GRADE_PUBLISHED')?.body).toContain('星级：三星');
    expect(inbox.filter((n) => n.kind === 'DECLARATION_REJECTED')).toHaveLength(5);
    expect(inbox.find((n) => n.kind === 'DECLARATION_REJECTED')?.body).toContain('驳回');
    // Five notices last year (four quarters and the year), three this year.
    expect(inbox.filter((n) => n.kind === 'NOTICE_OPENED')).toHaveLength(8);
    expect(inbox.filter((n) => n.kind === 'OBJECTION_ANSWERED')).toHaveLength(2);
  });
});
