import { SubjectType as S } from '@village/platform-common';
import { ItemCategory, ItemDirection } from '@village/rulebook';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeDistrict,
  arrangeOpenYear,
  arrangeResident,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTown,
  villageItem,
  type ArrangedResident,
  type ArrangedVillage,
  type OpenedPeriod,
} from '../support/arrange';
import { arrangeFinalYear } from './final-year';

/**
 * 我收到的帮扶 (DOMAIN.md §11): a mentored villager reads the visits of their own mentoring case on the
 * phone — never a neighbour's in the same village, nor anyone's in another village.
 */

const LOW = villageItem('MV1', '列为失信被执行人', {
  category: ItemCategory.CIVIC_VIRTUE,
  direction: ItemDirection.NEGATIVE,
  subjectTypes: [S.VILLAGER],
  pointsMin: 0,
  pointsMax: 0,
  judgementStars: 1,
});

const CASES = graphql(`
  query MyVisitsCases($villageId: ID!, $year: Int) {
    constraintCases(villageId: $villageId, year: $year) {
      id
      kind
      residentId
    }
  }
`);
const ASSIGN = graphql(`
  mutation MyVisitsAssign($input: AssignMentorInput!) {
    assignMentor(input: $input) {
      id
    }
  }
`);
const VISIT = graphql(`
  mutation MyVisitsRecord($input: RecordMentoringVisitInput!) {
    recordMentoringVisit(input: $input) {
      id
    }
  }
`);
const VISITS = graphql(`
  query MyVisitsOfCase($caseId: ID!) {
    mentoringVisits(caseId: $caseId) {
      id
    }
  }
`);
const MY_VISITS = graphql(`
  query MyVisitsMine {
    myMentoringVisits {
      id
      visitedOn
      note
      agreedImprovement
    }
  }
`);

interface Mentored {
  resident: ArrangedResident;
  caseId: string;
}

describe('myMentoringVisits: the signed-in resident’s own mentoring visits', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let other: ArrangedVillage;
  let first: Mentored;
  let second: Mentored;
  let elsewhere: Mentored;
  let bystander: ArrangedResident;

  /** A village whose final year puts each of `names` at 1 star, so each gets a mentoring case. */
  async function lowVillagers(v: ArrangedVillage, names: string[]) {
    const periods: OpenedPeriod[] = await arrangeOpenYear(t, v, DEMO_YEAR);
    const mentor = await arrangeResident(t, v, { name: '帮扶党员', roles: [S.PARTY_MEMBER] });
    const residents: ArrangedResident[] = [];
    for (const name of names) {
      const resident = await arrangeResident(t, v, { name, roles: [S.VILLAGER], login: true });
      await arrangeApprovedAct(t, v, {
        residentId: resident.id,
        itemCode: 'MV1',
        actedOn: `${DEMO_YEAR}-03-10`,
      });
      residents.push(resident);
    }
    return { periods, mentor, residents };
  }

  /** The resident's mentoring case (the year's finalizing opened it), assigns the mentor and records `notes` as visits of the resident's case. */
  async function mentor(v: ArrangedVillage, mentorId: string, resident: ArrangedResident, notes: string[]) {
    const cases = expectOk(await t.gql(CASES, { villageId: v.id, year: DEMO_YEAR }, v.council.token));
    const found = cases.constraintCases.find((c) => c.kind === 'MENTORING' && c.residentId === resident.id);
    if (!found) throw new Error(`no mentoring case for ${resident.name}`);
    const input = { caseId: found.id, mentorResidentId: mentorId };
    expectOk(await t.gql(ASSIGN, { input }, v.council.token));
    for (const [i, note] of notes.entries()) {
      const visit = {
        caseId: found.id,
        visitedOn: `${DEMO_YEAR + 1}-03-0${i + 1}`,
        note,
        agreedImprovement: `${resident.name}的改进事项`,
      };
      expectOk(await t.gql(VISIT, { input: visit }, v.council.token));
    }
    return { resident, caseId: found.id };
  }

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town]);
    t.setToday(`${DEMO_YEAR}-03-20`);
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [LOW], open: false });
    other = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [LOW], open: false });
    const here = await lowVillagers(village, ['受帮扶甲', '受帮扶乙']);
    const there = await lowVillagers(other, ['外村受帮扶']);
    bystander = await arrangeResident(t, village, { name: '普通村民', roles: [S.VILLAGER], login: true });
    await arrangeFinalYear(t, village, here.periods);
    await arrangeFinalYear(t, other, there.periods);

    t.setToday(`${DEMO_YEAR + 1}-04-01`);
    first = await mentor(village, here.mentor.id, here.residents[0], ['上门了解困难', '回访']);
    second = await mentor(village, here.mentor.id, here.residents[1], ['邻居的走访']);
    elsewhere = await mentor(other, there.mentor.id, there.residents[0], ['外村的走访']);
  });
  afterAll(() => t.close());

  const mine = async (resident: ArrangedResident) =>
    expectOk(await t.gql(MY_VISITS, {}, resident.user?.token)).myMentoringVisits;

  it('shows the resident their own visits, newest first, with what was agreed', async () => {
    expect(await mine(first.resident)).toEqual([
      {
        id: expect.any(String),
        visitedOn: `${DEMO_YEAR + 1}-03-02`,
        note: '回访',
        agreedImprovement: '受帮扶甲的改进事项',
      },
      {
        id: expect.any(String),
        visitedOn: `${DEMO_YEAR + 1}-03-01`,
        note: '上门了解困难',
        agreedImprovement: '受帮扶甲的改进事项',
      },
    ]);
  });

  it('never shows a neighbour’s visits, nor another village’s', async () => {
    expect((await mine(second.resident)).map((v) => v.note)).toEqual(['邻居的走访']);
    expect((await mine(elsewhere.resident)).map((v) => v.note)).toEqual(['外村的走访']);
    expect(await mine(bystander)).toEqual([]);
  });

  it('gives a cadre account without a resident record nothing, and a resident no other case’s visits', async () => {
    expect(expectOk(await t.gql(MY_VISITS, {}, village.council.token)).myMentoringVisits).toEqual([]);
    // The case list stays the village's: a mentored resident cannot ask for a case by id, even their own.
    expect(errorCode(await t.gql(VISITS, { caseId: second.caseId }, first.resident.user?.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(VISITS, { caseId: first.caseId }, first.resident.user?.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(VISITS, { caseId: first.caseId }, other.council.token))).toBe('NOT_FOUND');
  });

  it('needs a signed-in user', async () => {
    expect(errorCode(await t.gql(MY_VISITS, {}))).toBe('UNAUTHENTICATED');
  });
});
