import { SubjectType as S } from '@village/platform-common';
import { TallyService, type TallyVerification } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { TALLY_PERIOD } from '../support/documents/scoring';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
} from '../support/arrange';

const TALLY_LINES = graphql(`
  query RolelessTallyLines($id: ID!) {
    scoreTally(id: $id) {
      residentCount
      lines {
        residentName
        subjectTypes
        rankGroup
        creditPoints
        periodCreditPoints
        roleDutyPoints
      }
    }
  }
`);

type Line = {
  residentName: string;
  subjectTypes: string[];
  rankGroup: string;
  creditPoints: number;
  periodCreditPoints: number;
  roleDutyPoints: number | null;
};

const NEXT_YEAR = DEMO_YEAR + 1;
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

/**
 * Who is on a quarter's tally (issue 9: a resident registered between a quarter's end and its tally
 * made tallyPeriod fail). The rule: a line for every active resident who held a subject role at some
 * time in the tally's window (1 January to the period's last day, the year-to-date the scores cover),
 * showing the roles held on the period's last day or, if their roles ended before it, on the last day
 * they held one. Someone who held none in the window was not scored in it and has no line.
 */
describe('a quarter with residents who hold no role on its last day', () => {
  let t: TestApp;
  let tally: { residentCount: number; lines: Line[] | null };
  let verification: TallyVerification;
  const lineOf = (name: string) => tally.lines?.find((l) => l.residentName === name);

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const town = (await orgUnits(t))['宋村镇'];
    t.setToday(on('11-20'));
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);

    const steady = await arrangeResident(t, village, { name: '张志强', roles: [S.VILLAGER] });
    const leftInQuarter = await arrangeResident(t, village, {
      name: '李桂芳',
      roles: [
        { type: S.VILLAGER, endDate: on('11-15') },
        { type: S.VOLUNTEER, endDate: on('11-15') },
      ],
    });
    await arrangeResident(t, village, {
      name: '王德胜',
      roles: [
        { type: S.PARTY_MEMBER, endDate: on('10-20') },
        { type: S.VILLAGER, endDate: on('11-15') },
      ],
    });
    const leftInMay = await arrangeResident(t, village, {
      name: '赵春梅',
      roles: [{ type: S.VILLAGER, endDate: on('05-31') }],
    });
    await arrangeResident(t, village, { name: '周无籍', roles: [] });
    // P03 (1.2 points in 宋村镇) for the steady villager and for the one whose roles ended in November.
    await arrangeApprovedAct(t, village, { residentId: steady.id, itemCode: 'P03', actedOn: on('11-10') });
    await arrangeApprovedAct(t, village, {
      residentId: leftInQuarter.id,
      itemCode: 'P03',
      actedOn: on('11-10'),
    });
    t.setToday(on('05-20'));
    await arrangeApprovedAct(t, village, { residentId: leftInMay.id, itemCode: 'P03', actedOn: on('05-10') });

    // 3 January: a newcomer is registered as a villager from that day, before Q4 is tallied.
    t.setToday(`${NEXT_YEAR}-01-03`);
    await arrangeResident(t, village, {
      name: '孙新来',
      roles: [{ type: S.VILLAGER, startDate: `${NEXT_YEAR}-01-03` }],
    });
    t.setToday(`${NEXT_YEAR}-01-05`);
    const q4 = periods.find((p) => p.kind === 'QUARTER' && p.number === 4) as { id: string };
    const tallied = expectOk(await t.gql(TALLY_PERIOD, { p: q4.id }, village.council.token)).tallyPeriod;
    tally = expectOk(await t.gql(TALLY_LINES, { id: tallied.id }, village.council.token)).scoreTally;
    verification = await t.app.get(TallyService).verify(village.council.ctx, tallied.id);
  });
  afterAll(() => t.close());

  it('Q4 tallies though a resident registered on 3 January holds no role on 31 December, and he has no line', () => {
    expect(lineOf('孙新来')).toBeUndefined();
    expect(tally.residentCount).toBe(4);
    expect(verification).toMatchObject({ valid: true, problems: [] });
    expect(tally.lines?.map((l) => l.residentName).sort()).toEqual(
      ['张志强', '李桂芳', '王德胜', '赵春梅'].sort(),
    );
  });

  it('an active resident who never held a subject role has no line', () => {
    expect(lineOf('周无籍')).toBeUndefined();
  });

  it('a resident whose roles ended during the quarter is on its tally with the roles and points of the quarter', () => {
    expect(lineOf('李桂芳')).toEqual({
      residentName: '李桂芳',
      subjectTypes: ['VILLAGER', 'VOLUNTEER'],
      rankGroup: 'VILLAGER',
      creditPoints: 1.2,
      periodCreditPoints: 1.2,
      roleDutyPoints: null,
    });
    expect(lineOf('张志强')).toMatchObject({ subjectTypes: ['VILLAGER'], creditPoints: 1.2 });
  });

  it('the roles shown are those of the last day a role was held, not every role of the quarter', () => {
    // A party member until 20 October and a villager until 15 November: a villager on 15 November.
    expect(lineOf('王德胜')).toMatchObject({
      subjectTypes: ['VILLAGER'],
      rankGroup: 'VILLAGER',
      roleDutyPoints: null,
    });
  });

  it('a resident whose roles ended earlier in the year stays on the year-to-date tally with no points of the quarter', () => {
    expect(lineOf('赵春梅')).toMatchObject({
      subjectTypes: ['VILLAGER'],
      creditPoints: 1.2,
      periodCreditPoints: 0,
    });
  });
});
