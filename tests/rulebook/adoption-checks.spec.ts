import { SubjectType } from '@village/platform-common';
import { arrangeResident, arrangeVillage, type ArrangedVillage } from '../support/arrange';
import { graphql } from '../support/generated';
import type { AdoptScoringListInput } from '../support/generated/graphql';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeRulebookDistrict,
  draftManual,
  item,
  PUBLISH_MANUAL,
  publishedFramework,
  type RulebookDistrict,
} from './sanity-support';

/** The list year of this suite; its meetings are held in the autumn before it. */
const YEAR = 2040;
const MEETING = `${YEAR - 1}-12-20`;

const CREATE_LIST = graphql(`
  mutation AdoptionChecksCreateList($villageId: ID!, $year: Int) {
    createScoringList(villageId: $villageId, year: $year) {
      id
    }
  }
`);
const ADOPT = graphql(`
  mutation AdoptionChecksAdopt($input: AdoptScoringListInput!) {
    adoptScoringList(input: $input) {
      id
      status
      meetingDate
      representativesInOffice
      representativesCountReason
    }
  }
`);

function refusedFields(res: GqlResponse<unknown>): string[] {
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  return res.errors?.[0].extensions?.fields?.map((f) => f.field) ?? [];
}

describe('adopting a scoring list: the meeting against the calendar and the register (issue 10)', () => {
  let t: TestApp;
  let where: RulebookDistrict;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    where = await arrangeRulebookDistrict(t);
    const frameworkId = await publishedFramework(t, where.district, YEAR, [item('A01')]);
    expectOk(await t.gql(PUBLISH_MANUAL, { id: await draftManual(t, where, frameworkId) }, where.townToken));
  });
  afterAll(() => t.close());
  beforeEach(() => t.setToday(`${YEAR - 1}-12-28`));

  /** A new village of the town with a draft list for YEAR, and the vote to adopt it by. */
  async function draftList(): Promise<{ village: ArrangedVillage; vote: AdoptScoringListInput }> {
    const village = await arrangeVillage(t, where.town);
    const created = await t.gql(CREATE_LIST, { villageId: village.id, year: YEAR }, village.admin.token);
    const vote = {
      listId: expectOk(created).createScoringList.id,
      meetingDate: MEETING,
      representativesInOffice: 2,
      present: 2,
      votesFor: 2,
      votesAgainst: 0,
      abstaining: 0,
    };
    return { village, vote };
  }

  const representative = (startDate: string, endDate: string | null = null) => ({
    roles: [{ type: SubjectType.REPRESENTATIVE, startDate, endDate }],
  });

  it('refuses a meeting after today or outside the window of the list year', async () => {
    const { village, vote } = await draftList();
    const adopt = (input: Partial<AdoptScoringListInput>) =>
      t.gql(
        ADOPT,
        { input: { ...vote, representativesCountReason: '名册未录入', ...input } },
        village.admin.token,
      );

    const ahead = await adopt({ meetingDate: `${YEAR - 1}-12-29` });
    expect(refusedFields(ahead)).toEqual(['meetingDate']);
    expect(ahead.errors?.[0].message).toContain('晚于今天');

    const tooEarly = await adopt({ meetingDate: `${YEAR - 1}-09-30` });
    expect(refusedFields(tooEarly)).toEqual(['meetingDate']);
    expect(tooEarly.errors?.[0].message).toContain(`${YEAR - 1}-10-01 至 ${YEAR}-12-31`);

    t.setToday(`${YEAR + 1}-01-10`);
    expect(refusedFields(await adopt({ meetingDate: `${YEAR + 1}-01-05` }))).toEqual(['meetingDate']);

    // The first day of the window, held before today: adopted.
    const adopted = expectOk(await adopt({ meetingDate: `${YEAR - 1}-10-01` })).adoptScoringList;
    expect(adopted).toMatchObject({ status: 'ADOPTED', meetingDate: `${YEAR - 1}-10-01` });
  });

  it('takes the representatives in office from the register on the meeting day', async () => {
    const { village, vote } = await draftList();
    await arrangeResident(t, village, representative('2020-01-01'));
    await arrangeResident(t, village, representative('2020-01-01', `${YEAR - 1}-06-30`)); // left before
    await arrangeResident(t, village, representative(`${YEAR}-01-10`)); // elected after
    await arrangeResident(t, village, representative('2020-01-01', MEETING)); // last day: the meeting
    await arrangeResident(t, village, { roles: [SubjectType.PARTY_MEMBER] });

    const inflated = await t.gql(
      ADOPT,
      { input: { ...vote, representativesInOffice: 5, present: 4, votesFor: 4 } },
      village.admin.token,
    );
    expect(refusedFields(inflated)).toEqual(['representativesInOffice']);
    expect(inflated.errors?.[0].message).toContain(`${MEETING} 在任的村民代表为 2 人`);

    const adopted = expectOk(await t.gql(ADOPT, { input: vote }, village.admin.token)).adoptScoringList;
    expect(adopted).toMatchObject({
      status: 'ADOPTED',
      representativesInOffice: 2,
      representativesCountReason: null,
    });
  });

  it('accepts another figure only with the reason stated, and keeps the reason', async () => {
    const { village, vote } = await draftList();
    const reason = '三名村民代表尚未录入系统';
    const blank = await t.gql(
      ADOPT,
      { input: { ...vote, representativesInOffice: 3, representativesCountReason: '   ' } },
      village.admin.token,
    );
    expect(refusedFields(blank)).toEqual(['representativesCountReason']);
    const adopted = expectOk(
      await t.gql(
        ADOPT,
        { input: { ...vote, representativesInOffice: 3, representativesCountReason: reason } },
        village.admin.token,
      ),
    ).adoptScoringList;
    expect(adopted).toMatchObject({ representativesInOffice: 3, representativesCountReason: reason });
  });
});
