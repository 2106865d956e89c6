import { graphql } from '../support/generated';
import { addDays, setTodayForTests } from '@village/platform-common';
import { quarterJustEnded } from '../../apps/api/src/demo/demo-activity-plan';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { expectOk, Q } from '../cycle/cycle-support';
import { unitIds } from '../rulebook/rulebook-support';
import { SCORING_PERIODS } from '../support/documents/scoring';
import { startTestApp, type TestApp, DEMO_ACTIVITY_SEED_TIMEOUT_MS } from '../support/test-app';

const ENTRIES = graphql(`
  query DemoQuarterEntries($r: ID!, $from: String, $to: String) {
    ledgerEntries(residentId: $r, from: $from, to: $to) {
      items {
        id
        itemCode
        kind
      }
    }
  }
`);

/**
 * "Try the cycle" (README): whatever the day the demo is seeded, 侯家庵村's quarter that has just ended is
 * there untallied, its declarations reviewed, and walks through tally → notice → objection by
 * `houjiaan-resident` → answer → final as the README tells a newcomer. Seed days: early January (the
 * quarter is last year's fourth, and last year is not graded yet), the first day of a quarter, late in
 * one.
 */
describe.each([`${DEMO_YEAR}-01-05`, `${DEMO_YEAR}-04-01`, `${DEMO_YEAR}-11-20`])(
  'the demo quarter to walk, seeded on %s',
  (seedDay) => {
    let t: TestApp;
    let houjiaan: string;
    const { year, quarter } = quarterJustEnded(seedDay);

    beforeAll(async () => {
      setTodayForTests(seedDay);
      t = await startTestApp({ demoActivity: true });
      houjiaan = (await unitIds(t))['侯家庵村'];
    }, DEMO_ACTIVITY_SEED_TIMEOUT_MS);
    afterAll(() => t.close());

    it(`leaves quarter ${quarter} of ${year} untallied after the final ones, and walks it to final`, async () => {
      const council = await t.login('houjiaan-council');
      const resident = await t.login('houjiaan-resident');
      const periods = expectOk(
        await t.gql(SCORING_PERIODS, { villageId: houjiaan, year }, council),
      ).scoringPeriods;
      const quarters = periods.filter((p) => p.kind === 'QUARTER').sort((a, b) => a.number - b.number);
      expect(quarters.map((p) => p.status)).toEqual(
        [1, 2, 3, 4].map((n) => (n < quarter ? 'FINAL' : 'OPEN')),
      );
      const period = quarters[quarter - 1];
      expect(period.endsOn < seedDay).toBe(true);

      // Tally and post on the seed day, as 侯家庵村's credit council.
      const tally = expectOk(await t.gql(Q.tally, { p: period.id }, council)).tallyPeriod;
      const zhendong = tally.lines?.find((l) => l.residentName === '侯振东');
      expect(zhendong).toBeDefined();
      const notice = expectOk(await t.gql(Q.publish, { p: period.id }, council)).publishTally;

      // 姜红梅 (houjiaan-resident) objects to 侯振东's line; the council upholds it, reversing his P04.
      const raised = expectOk(
        await t.gql(
          Q.raise,
          { input: { tallyLineId: zhendong?.id as string, reason: '本季度党员活动他请假了，不应记分' } },
          resident,
        ),
      ).raiseObjection;
      const entries = expectOk(
        await t.gql(
          ENTRIES,
          { r: zhendong?.residentId as string, from: period.startsOn, to: period.endsOn },
          council,
        ),
      ).ledgerEntries.items;
      const p04 = entries.find((e) => e.itemCode === 'P04' && e.kind === 'NORMAL');
      expect(p04).toBeDefined(); // his P04 of the quarter (months 1, 4, 7, 10), approved by the council
      const answered = expectOk(
        await t.gql(
          Q.answer,
          {
            input: {
              objectionId: raised.id,
              decision: 'UPHOLD',
              answer: '经核实请假属实，冲正该条',
              reverseEntryIds: [p04?.id as string],
            },
          },
          council,
        ),
      ).answerObjection;
      expect(answered).toMatchObject({ status: 'UPHELD' });
      const reposted = expectOk(await t.gql(Q.notice, { p: period.id }, resident)).publicNotice;
      expect(reposted.tally.version).toBe(2);

      // Final once the notice window is over (the real calendar: noticeDays of 文登营镇's manual).
      setTodayForTests(addDays(notice.endsOn, 1));
      expect(expectOk(await t.gql(Q.finalize, { p: period.id }, council)).finalizePeriod.status).toBe(
        'FINAL',
      );
    });
  },
);
