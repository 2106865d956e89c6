import { onePixelPng } from '@village/scoring';
import { graphql } from '../support/generated';
import type { CycleTallyMutation } from '../support/generated/graphql';
import { addDays } from '@village/platform-common';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { unitIds } from '../rulebook/rulebook-support';
import { Story } from '../support/story';
import { startTestApp, type TestApp } from '../support/test-app';
import { demoPeople, expectOk, Q, type DemoPerson, type Period } from './cycle-support';

const Y = DEMO_YEAR;
const PNG = onePixelPng().toString('base64');
const evidence = [{ fileName: '现场照片.png', contentType: 'image/png', contentBase64: PNG }];
const monthEnd = (m: number) =>
  addDays(`${m === 12 ? Y + 1 : Y}-${String((m % 12) + 1).padStart(2, '0')}-01`, -1);
const day = (m: number, d: number) => `${Y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** One act of the year: registered by a cadre (or declared by 李秀英 herself) and reviewed by the council. */
interface Act {
  who: string;
  item: string;
  month: number;
  points?: number;
  quantity?: number;
  evidence?: boolean;
  /** Declared by the resident herself (the `dazetou-resident` login). */
  own?: boolean;
  /** The council rejects it with this reason. */
  reject?: string;
}

const each = (months: number[], act: Omit<Act, 'month'>): Act[] => months.map((month) => ({ ...act, month }));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * 大泽头村's year. Points are the demo list's: P03 1.2 (宋村镇's adjustment), V01 1, P04 1, P12 2, P13 1,
 * N04 2, N29 2, N30 2, N34 3, N07 10 (veto), N33 10–20 (veto), ranged items as chosen below.
 */
const YEAR_OF_ACTS: Act[] = [
  // 李秀英 (volunteer, the demo resident) declares her own acts every month; one rejected each quarter.
  ...each(range(1, 12), { who: '李秀英', item: 'P03', own: true }),
  ...each(range(1, 12), { who: '李秀英', item: 'V01', own: true }),
  ...each([2, 5, 8, 11], {
    who: '李秀英',
    item: 'P18',
    quantity: 2,
    own: true,
    reject: '当天无值守安排，经核实未参加',
  }),
  // Party members.
  ...each([3, 9], { who: '张兆明', item: 'P14', points: 4 }),
  ...each([4, 5, 6], { who: '张兆明', item: 'P03' }),
  { who: '于建国', item: 'P14', month: 5, points: 4 },
  { who: '毕文斌', item: 'P14', month: 6, points: 4 },
  ...each(range(1, 5), { who: '宋德福', item: 'N34' }),
  ...each(range(6, 10), { who: '宋德福', item: 'N04' }),
  { who: '宋德福', item: 'N15', month: 7, points: 10 },
  { who: '谷长青', item: 'N33', month: 8, points: 10 },
  ...each([7, 8], { who: '王春燕', item: 'P03' }),
  // Representatives.
  { who: '丛培军', item: 'P12', month: 4 },
  { who: '刘志强', item: 'P12', month: 2 },
  ...each([3, 4, 5], { who: '刘志强', item: 'P13' }),
  ...each(range(1, 10), { who: '孙国华', item: 'N31', points: 5 }),
  ...each(range(1, 10), { who: '于翠萍', item: 'N31', points: 5 }),
  ...each(range(1, 5), { who: '于翠萍', item: 'N29' }),
  ...each(range(6, 9), { who: '于翠萍', item: 'N30' }),
  // Villagers.
  ...each([3, 7], { who: '于海涛', item: 'P10', points: 30, evidence: true }),
  ...each([4, 10], { who: '宋立新', item: 'P10', points: 30, evidence: true }),
  { who: '宋立新', item: 'P03', month: 11 },
  { who: '孙德海', item: 'N15', month: 9, points: 10 },
  { who: '于成龙', item: 'P10', month: 2, points: 30, evidence: true },
  { who: '于成龙', item: 'N07', month: 6, evidence: true },
  // Registered by mistake; 李秀英 objects in the second quarter's notice and the council upholds it.
  { who: '张磊', item: 'V01', month: 5 },
];

type YearLine = NonNullable<CycleTallyMutation['tallyPeriod']['lines']>[number];

const RATE = graphql(`
  mutation WholeYearRate($input: RateAppraisalInput!) {
    rateAppraisal(input: $input) {
      id
    }
  }
`);
const CHAIN = graphql(`
  query WholeYearChain($v: ID!) {
    ledgerChainCheck(villageId: $v) {
      ok
      entries
    }
  }
`);

/** One story: each step continues the year the previous one left (see tests/support/story.ts). */
describe('大泽头村 through a whole year', () => {
  let t: TestApp;
  const year = new Story();
  let village: string;
  let admin: string;
  let council: string;
  let resident: string;
  let people: Map<string, DemoPerson>;
  let periods: Period[];
  let yearLines: Map<string, YearLine>;
  const ledgerOf: Record<string, string> = {};
  let key = 0;
  const id = (name: string) => (people.get(name) as DemoPerson).id;
  const quarter = (n: number) => periods.find((p) => p.kind === 'QUARTER' && p.number === n) as Period;

  beforeAll(async () => {
    t = await startTestApp();
    village = (await unitIds(t))['大泽头村'];
    admin = await t.login('dazetou-admin');
    council = await t.login('dazetou-council');
    resident = await t.login('dazetou-resident');
    people = new Map((await demoPeople(t, village)).map((p) => [p.name, p]));
    t.setToday(`${Y}-01-02`);
    periods = expectOk(await t.gql(Q.open, { v: village, y: Y }, admin)).openScoringYear;
  });

  afterAll(() => t.close());

  async function runMonth(month: number): Promise<void> {
    t.setToday(monthEnd(month));
    for (const [i, act] of YEAR_OF_ACTS.filter((a) => a.month === month).entries()) {
      const input = {
        itemCode: act.item,
        actedOn: day(month, 10 + (i % 15)),
        quantity: act.quantity,
        note: `${act.who} ${month} 月`,
        idempotencyKey: `year-${++key}`,
        evidence: act.evidence ? evidence : undefined,
      };
      const declared = act.own
        ? expectOk(await t.gql(Q.declare, { input }, resident)).declareAct
        : expectOk(await t.gql(Q.register, { input: { ...input, residentId: id(act.who) } }, admin))
            .registerAct;
      const decision = act.reject
        ? { decision: 'REJECT' as const, reason: act.reject }
        : { decision: 'APPROVE' as const, points: act.points };
      const reviewed = expectOk(
        await t.gql(Q.review, { input: { declarationId: declared.id, ...decision } }, council),
      ).reviewDeclaration;
      expect(reviewed.status).toBe(act.reject ? 'REJECTED' : 'APPROVED');
      if (!act.reject) {
        const [entry] = await t.db.adminQuery<{ id: string }>(
          'SELECT id FROM ledger_entry WHERE declaration_id = $1',
          [declared.id],
        );
        ledgerOf[`${act.who}:${act.item}:${month}`] = entry.id;
      }
    }
  }

  /** 李秀英 objects to a line of the posted tally; the credit council answers. */
  async function objectAndAnswer(
    tallyLineId: string,
    reason: string,
    answer: { decision: 'UPHOLD' | 'DISMISS'; answer: string; reverseEntryIds?: string[] },
  ): Promise<{ status: string }> {
    const objection = expectOk(
      await t.gql(Q.raise, { input: { tallyLineId, reason } }, resident),
    ).raiseObjection;
    return expectOk(await t.gql(Q.answer, { input: { objectionId: objection.id, ...answer } }, council))
      .answerObjection;
  }

  /** Tally after the quarter, post for 7 days, let `during` raise and answer objections, then final. */
  async function closeQuarter(
    n: number,
    during?: (lines: { id: string; residentId: string; creditScore: number }[]) => Promise<void>,
  ): Promise<void> {
    const q = quarter(n);
    t.setToday(addDays(monthEnd(n * 3), 1));
    const tally = expectOk(await t.gql(Q.tally, { p: q.id }, council)).tallyPeriod;
    const notice = expectOk(await t.gql(Q.publish, { p: q.id }, council)).publishTally;
    if (during) await during(tally.lines ?? []);
    t.setToday(addDays(notice.endsOn, 1));
    expect(expectOk(await t.gql(Q.finalize, { p: q.id }, council)).finalizePeriod.status).toBe('FINAL');
  }

  year.step(
    'runs January to March: monthly declarations and registrations, then the first quarter’s notice',
    async () => {
      for (const m of [1, 2, 3]) await runMonth(m);
      await closeQuarter(1);
    },
  );

  year.step(
    'runs the second quarter with an upheld objection: the wrong entry is reversed and re-posted',
    async () => {
      for (const m of [4, 5, 6]) await runMonth(m);
      await closeQuarter(2, async (lines) => {
        const line = lines.find((l) => l.residentId === id('张磊'));
        expect(line?.creditScore).toBe(1001);
        const answered = await objectAndAnswer(line?.id as string, '5 月张磊在外地打工，没有参加广场维护', {
          decision: 'UPHOLD',
          answer: '经核实登记有误，予以冲正',
          reverseEntryIds: [ledgerOf['张磊:V01:5']],
        });
        expect(answered.status).toBe('UPHELD');
        const current = expectOk(await t.gql(Q.notice, { p: quarter(2).id }, resident)).publicNotice.tally;
        expect(current.version).toBe(2);
        expect(current.lines?.find((l) => l.residentId === id('张磊'))?.creditScore).toBe(1000);
      });
    },
  );

  year.step('runs the third quarter with a dismissed objection, and the fourth without', async () => {
    for (const m of [7, 8, 9]) await runMonth(m);
    await closeQuarter(3, async (lines) => {
      const line = lines.find((l) => l.residentId === id('于海涛'));
      const answered = await objectAndAnswer(line?.id as string, '见义勇为加分太高', {
        decision: 'DISMISS',
        answer: '有派出所证明，按清单 10–30 分取 30 分',
      });
      expect(answered.status).toBe('DISMISSED');
    });
    for (const m of [10, 11, 12]) await runMonth(m);
    // December: residents appraise their party members (李秀英 is not a party member: a mass rating).
    expectOk(
      await t.gql(
        RATE,
        { input: { year: Y, rateeResidentId: id('毕文斌'), subjectType: 'PARTY_MEMBER', rating: 60 } },
        resident,
      ),
    );
    await closeQuarter(4);
  });

  year.step(
    'grades the year: thresholds, the one-third quota, a veto and a probationary member, as computed by hand',
    async () => {
      const yearPeriod = periods.find((p) => p.kind === 'YEAR') as Period;
      t.setToday(`${Y + 1}-01-12`);
      const tally = expectOk(await t.gql(Q.tally, { p: yearPeriod.id }, council)).tallyPeriod;
      yearLines = new Map((tally.lines ?? []).map((l) => [l.residentName, l]));
      const pm = (name: string) => yearLines.get(name)?.evaluation?.partyMember;
      const rep = (name: string) => yearLines.get(name)?.evaluation?.representative;

      // Party members: composite = 0.7 × role-duty + 0.3 × credit / 10; 7 graded → at most 2 优秀.
      expect(pm('张兆明')).toMatchObject({ composite: 105.71, grade: 'EXCELLENT' }); // 0.7×108 + 0.3×100.36
      expect(pm('于建国')).toMatchObject({ composite: 102.8, grade: 'EXCELLENT' }); // 0.7×104 + 30
      expect(pm('丛培军')).toMatchObject({ composite: 101.4, grade: 'QUALIFIED' }); // over the quota
      expect(pm('王春燕')).toMatchObject({ composite: 100.07, grade: 'QUALIFIED' }); // 70 + 0.3×100.24
      // Mass rating 60 at 10% (no peer ratings: that 10% stays with the ledger): 0.9×104 + 6 = 99.6.
      expect(pm('毕文斌')).toMatchObject({ composite: 99.72, grade: 'QUALIFIED' });
      expect(pm('宋德福')).toMatchObject({ composite: 82.2, grade: 'QUALIFIED' }); // 0.7×75 + 0.3×99
      expect(pm('谷长青')?.grade).toBe('UNQUALIFIED'); // 93 by the numbers, but N33 is a veto item
      expect(pm('谷长青')?.note).toContain('N33');
      expect(pm('孙红霞')).toMatchObject({ grade: null, note: '预备党员不参加等次评定' });

      // Representatives: 0.6 × role-duty + 0.4 × credit / 10; 6 graded → at most 2 优秀.
      expect(rep('刘志强')).toMatchObject({ composite: 103, grade: 'EXCELLENT' }); // 0.6×105 + 40
      expect(rep('丛培军')).toMatchObject({ composite: 101.2, grade: 'EXCELLENT' }); // 0.6×102 + 40
      expect(rep('王春燕')).toMatchObject({ composite: 100.1, grade: 'QUALIFIED' }); // over the quota
      expect(rep('孙国华')).toMatchObject({ composite: 70, grade: 'BASIC' }); // 0.6×50 + 40
      expect(rep('于翠萍')).toMatchObject({ composite: 59.2, grade: 'UNQUALIFIED' }); // 0.6×32 + 40
      expect(rep('谷长青')?.grade).toBe('UNQUALIFIED');

      // Stars from the credit score: > 1060 five, > 1040 four, > 1020 three, > 990 two, else one; veto one.
      const stars = (name: string) => [
        yearLines.get(name)?.creditScore,
        yearLines.get(name)?.evaluation?.stars,
      ];
      expect(stars('宋立新')).toEqual([1061.2, 5]);
      expect(stars('于海涛')).toEqual([1060, 4]);
      expect(stars('李秀英')).toEqual([1026.4, 3]); // 12 × (1.2 + 1); four P18 declarations rejected
      expect(stars('张磊')).toEqual([1000, 2]); // the upheld objection's reversal counts
      expect(stars('孙德海')).toEqual([990, 1]);
      expect(stars('于成龙')).toEqual([1020, 1]); // 2 stars by the numbers, N07 gambling is a veto
      expect(stars('谷长青')).toEqual([1000, 1]);
      expect(yearLines.get('孙红霞')?.evaluation?.stars).toBe(2);
    },
  );

  year.step('publishes the year’s results, tells each person their grade, and makes them final', async () => {
    const yearPeriod = periods.find((p) => p.kind === 'YEAR') as Period;
    const notice = expectOk(await t.gql(Q.publish, { p: yearPeriod.id }, council)).publishTally;
    const inbox = expectOk(await t.gql(Q.inbox, {}, resident)).myNotifications.items;
    expect(inbox.find((n) => n.kind === 'GRADE_PUBLISHED')?.body).toContain('星级：三星');
    expect(inbox.filter((n) => n.kind === 'NOTICE_OPENED')).toHaveLength(5);
    expect(inbox.filter((n) => n.kind === 'DECLARATION_REJECTED')).toHaveLength(4);
    t.setToday(addDays(notice.endsOn, 1));
    const final = expectOk(await t.gql(Q.finalize, { p: yearPeriod.id }, council));
    expect(final.finalizePeriod.status).toBe('FINAL');
    const chain = expectOk(
      await t.gql(CHAIN, { v: village }, await t.login('wendeng-auditor')),
    ).ledgerChainCheck;
    expect(chain.ok).toBe(true);
  });

  year.tell('runs the year: four quarters with objections, then grades, publishes and finalises it');
});
