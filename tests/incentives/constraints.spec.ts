import { SubjectType as S, todayInChina } from '@village/platform-common';
import { ItemCategory, ItemDirection, JudgementGrade } from '@village/rulebook';
import { ContractEntity } from '@village/contracts';
import { SubjectRoleEntity } from '@village/residents';
import { TenantDb } from '@village/platform-tenancy';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeContractTemplates,
  arrangeDistrict,
  arrangeHousehold,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  arrangeTown,
  villageItem,
  type ArrangedResident,
  type ArrangedVillage,
} from '../support/arrange';
import { arrangeFinalYear } from './final-year';

/**
 * Negative constraints (负面约束, DOMAIN.md §11), opened from a FINAL year: an unqualified representative's
 * rectification (and, when it fails, the lost seat, the terminated YELLOW contract and the by-election),
 * an unqualified party member's handling record, and one-on-one mentoring of the lowest-ranked villagers.
 */

const judgement = (code: string, name: string, subjectTypes: S[], fields = {}) =>
  villageItem(code, name, {
    category: ItemCategory.CIVIC_VIRTUE,
    direction: ItemDirection.NEGATIVE,
    subjectTypes,
    pointsMin: 0,
    pointsMax: 0,
    ...fields,
  });
const REP_FAIL = judgement('NC1', '代表履职严重失职', [S.REPRESENTATIVE], {
  judgementGrade: JudgementGrade.UNQUALIFIED,
});
const PARTY_FAIL = judgement('NC2', '党员严重违纪', [S.PARTY_MEMBER], {
  judgementGrade: JudgementGrade.UNQUALIFIED,
});
const VILLAGER_LOW = judgement('NC3', '列为失信被执行人', [S.VILLAGER], { judgementStars: 1 });

const OPEN = graphql(`
  mutation CasesOpen($villageId: ID!, $year: Int!) {
    openYearCases(villageId: $villageId, year: $year) {
      id
      kind
      residentId
      residentName
      deadline
      overdue
      outcome
    }
  }
`);
const CASES = graphql(`
  query CasesList($villageId: ID!, $year: Int) {
    constraintCases(villageId: $villageId, year: $year) {
      id
      kind
      residentId
      overdue
      outcome
      mentorResidentId
    }
  }
`);
const CLOSE = graphql(`
  mutation CasesClose($input: CloseConstraintCaseInput!) {
    closeConstraintCase(input: $input) {
      id
      outcome
      outcomeText
      outcomeOn
    }
  }
`);
const BY_ELECTIONS = graphql(`
  query CasesByElections($villageId: ID!) {
    byElections(villageId: $villageId) {
      id
      caseId
      householdIds
      termEnd
      status
    }
  }
`);
const ELECT = graphql(`
  mutation CasesElect($input: RecordByElectionInput!) {
    recordByElection(input: $input) {
      status
      electedResidentId
      electedRoleId
    }
  }
`);
const ASSIGN = graphql(`
  mutation CasesAssign($input: AssignMentorInput!) {
    assignMentor(input: $input) {
      mentorResidentId
    }
  }
`);
const VISIT = graphql(`
  mutation CasesVisit($input: RecordMentoringVisitInput!) {
    recordMentoringVisit(input: $input) {
      id
      visitedOn
    }
  }
`);
const VISITS = graphql(`
  query CasesVisits($caseId: ID!) {
    mentoringVisits(caseId: $caseId) {
      visitedOn
      note
      agreedImprovement
    }
  }
`);
const GENERATE = graphql(`
  mutation CasesGenerateContracts($input: GenerateContractDraftsInput!) {
    generateContractDrafts(input: $input) {
      created
    }
  }
`);
const CONTRACTS = graphql(`
  query CasesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {
    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {
      items {
        id
        residentName
      }
    }
  }
`);
const SIGN = graphql(`
  mutation CasesSign($input: SignContractInput!) {
    signContract(input: $input) {
      status
    }
  }
`);

describe('negative constraints opened by a final year', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let other: ArrangedVillage;
  let rep: ArrangedResident;
  let member: ArrangedResident;
  let low: ArrangedResident;
  let mentor: ArrangedResident;
  let successor: ArrangedResident;
  let households: string[];
  let yellowId: string;
  let finalDay: string;
  const termEnd = `${DEMO_YEAR + 2}-12-31`;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    await arrangeContractTemplates(t, district.unit, [town]);
    t.setToday(`${DEMO_YEAR}-03-20`);
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, {
      villageItems: [REP_FAIL, PARTY_FAIL, VILLAGER_LOW],
      open: false,
    });
    other = await arrangeScoringVillage(t, town, DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    households = [await arrangeHousehold(t, village), await arrangeHousehold(t, village)];
    rep = await arrangeResident(t, village, {
      name: '失职代表',
      roles: [{ type: S.REPRESENTATIVE, termEnd, representedHouseholdIds: households }],
    });
    member = await arrangeResident(t, village, { name: '违纪党员', roles: [S.PARTY_MEMBER] });
    low = await arrangeResident(t, village, { name: '落后村民', roles: [S.VILLAGER] });
    mentor = await arrangeResident(t, village, { name: '帮扶党员', roles: [S.PARTY_MEMBER] });
    successor = await arrangeResident(t, village, { name: '补选代表', roles: [S.VILLAGER] });
    await arrangeResident(t, village, { name: '普通村民', roles: [S.VILLAGER] });
    const actedOn = `${DEMO_YEAR}-03-10`;
    await arrangeApprovedAct(t, village, { residentId: rep.id, itemCode: 'NC1', actedOn });
    await arrangeApprovedAct(t, village, { residentId: member.id, itemCode: 'NC2', actedOn });
    await arrangeApprovedAct(t, village, { residentId: low.id, itemCode: 'NC3', actedOn });

    expectOk(
      await t.gql(GENERATE, { input: { villageId: village.id, year: DEMO_YEAR } }, village.admin.token),
    );
    const yellow = expectOk(
      await t.gql(
        CONTRACTS,
        { villageId: village.id, year: DEMO_YEAR, colour: 'YELLOW' },
        village.admin.token,
      ),
    ).contracts.items.find((c) => c.residentName === '失职代表');
    yellowId = yellow?.id ?? '';
    const signed = await t.gql(
      SIGN,
      { input: { id: yellowId, signedOn: `${DEMO_YEAR}-03-15`, witnessName: '王德明' } },
      village.admin.token,
    );
    expect(expectOk(signed).signContract.status).toBe('SIGNED');

    const final = await arrangeFinalYear(t, village, periods);
    expect(final.results.get(rep.id)?.representativeGrade).toBe('UNQUALIFIED');
    expect(final.results.get(member.id)?.partyMemberGrade).toBe('UNQUALIFIED');
    finalDay = todayInChina();
  });
  afterAll(() => t.close());

  const open = () => t.gql(OPEN, { villageId: village.id, year: DEMO_YEAR }, village.council.token);
  const caseOf = async (kind: string, residentId: string) => {
    const all = expectOk(
      await t.gql(CASES, { villageId: village.id }, village.council.token),
    ).constraintCases;
    const found = all.find((c) => c.kind === kind && c.residentId === residentId);
    if (!found) throw new Error(`no ${kind} case for ${residentId}`);
    return found;
  };
  // Every test may be the first: opening is idempotent, so each opens the year itself.
  beforeEach(async () => {
    t.setToday(finalDay);
    expectOk(await open());
  });

  it('opens the year once: a rerun opens nothing twice', async () => {
    expect(expectOk(await open()).openYearCases).toEqual([]);
    const all = expectOk(
      await t.gql(CASES, { villageId: village.id }, village.council.token),
    ).constraintCases;
    const kinds = all.map((c) => `${c.kind}:${c.residentId}`);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toEqual(
      expect.arrayContaining([
        `RECTIFICATION:${rep.id}`,
        `PARTY_HANDLING:${member.id}`,
        `MENTORING:${low.id}`,
      ]),
    );
    expect(all.every((c) => c.overdue === false)).toBe(true);
  });

  it('a rectification that fails ends the seat, terminates the contract and opens a by-election whose new representative term ends with the current term', async () => {
    const rectification = await caseOf('RECTIFICATION', rep.id);
    const today = `${DEMO_YEAR + 1}-03-01`;
    t.setToday(today);
    const closed = expectOk(
      await t.gql(
        CLOSE,
        {
          input: {
            caseId: rectification.id,
            outcome: 'SEAT_ENDED',
            text: '限期内未整改，经村民代表会议表决终止其代表资格',
            on: today,
          },
        },
        village.council.token,
      ),
    ).closeConstraintCase;
    expect(closed).toMatchObject({ outcome: 'SEAT_ENDED', outcomeOn: today });
    const again = await t.gql(
      CLOSE,
      { input: { caseId: rectification.id, outcome: 'RECTIFIED', text: '改主意', on: today } },
      village.council.token,
    );
    expect(errorCode(again)).toBe('CONFLICT');

    const db = t.app.get(TenantDb);
    const [role] = rep.roleIds;
    const ended = await db.run(village.admin.ctx, (tx) =>
      tx.findOneByOrFail(SubjectRoleEntity, { id: role }),
    );
    expect(ended).toMatchObject({ endDate: today, endReason: expect.stringContaining('终止代表资格') });
    const contract = await db.run(village.admin.ctx, (tx) =>
      tx.findOneByOrFail(ContractEntity, { id: yellowId }),
    );
    expect(contract).toMatchObject({ status: 'TERMINATED', terminatedOn: today });

    const [election] = expectOk(
      await t.gql(BY_ELECTIONS, { villageId: village.id }, village.council.token),
    ).byElections.filter((e) => e.caseId === rectification.id);
    expect(election).toMatchObject({ status: 'OPEN', termEnd });
    expect([...election.householdIds].sort()).toEqual([...households].sort());

    const electedOn = `${DEMO_YEAR + 1}-03-20`;
    const elected = expectOk(
      await t.gql(
        ELECT,
        { input: { byElectionId: election.id, electedResidentId: successor.id, electedOn } },
        village.council.token,
      ),
    ).recordByElection;
    expect(elected).toMatchObject({ status: 'ELECTED', electedResidentId: successor.id });
    const seat = await db.run(village.admin.ctx, (tx) =>
      tx.findOneByOrFail(SubjectRoleEntity, { id: elected.electedRoleId ?? '' }),
    );
    expect(seat).toMatchObject({
      residentId: successor.id,
      subjectType: 'REPRESENTATIVE',
      startDate: electedOn,
      endDate: termEnd,
      termEnd,
    });
    expect([...seat.representedHouseholdIds].sort()).toEqual([...households].sort());
  });

  it("records the branch's handling decision of an unqualified party member", async () => {
    const handling = await caseOf('PARTY_HANDLING', member.id);
    const wrong = await t.gql(
      CLOSE,
      { input: { caseId: handling.id, outcome: 'SEAT_ENDED', text: '无', on: `${DEMO_YEAR + 1}-02-10` } },
      village.council.token,
    );
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const closed = expectOk(
      await t.gql(
        CLOSE,
        {
          input: {
            caseId: handling.id,
            outcome: 'HANDLED',
            text: '党支部决定：限期改正，给予批评教育',
            on: `${DEMO_YEAR + 1}-02-10`,
          },
        },
        village.council.token,
      ),
    ).closeConstraintCase;
    expect(closed).toMatchObject({ outcome: 'HANDLED', outcomeText: '党支部决定：限期改正，给予批评教育' });
  });

  it('assigns a mentor to a low-ranked villager and records visits; past the deadline it is overdue', async () => {
    const mentoring = await caseOf('MENTORING', low.id);
    const notMentor = await t.gql(
      ASSIGN,
      { input: { caseId: mentoring.id, mentorResidentId: successor.id } },
      village.council.token,
    );
    expect(errorCode(notMentor)).toBe('BAD_USER_INPUT');
    const assigned = expectOk(
      await t.gql(
        ASSIGN,
        { input: { caseId: mentoring.id, mentorResidentId: mentor.id } },
        village.council.token,
      ),
    ).assignMentor;
    expect(assigned.mentorResidentId).toBe(mentor.id);
    t.setToday(`${DEMO_YEAR + 1}-04-01`);
    for (const [visitedOn, note] of [
      [`${DEMO_YEAR + 1}-03-05`, '上门了解困难'],
      [`${DEMO_YEAR + 1}-03-25`, '回访'],
    ]) {
      const input = { caseId: mentoring.id, visitedOn, note, agreedImprovement: '按时履行还款计划' };
      expectOk(await t.gql(VISIT, { input }, village.council.token));
    }
    const visits = expectOk(
      await t.gql(VISITS, { caseId: mentoring.id }, village.council.token),
    ).mentoringVisits;
    expect(visits.map((v) => v.note)).toEqual(['上门了解困难', '回访']);

    t.setToday(`${DEMO_YEAR + 2}-01-05`);
    expect((await caseOf('MENTORING', low.id)).overdue).toBe(true);
    const outcome = expectOk(
      await t.gql(
        CLOSE,
        {
          input: {
            caseId: mentoring.id,
            outcome: 'MENTORED',
            text: '下一年度总评升至 2 星',
            on: `${DEMO_YEAR + 2}-01-05`,
          },
        },
        village.council.token,
      ),
    ).closeConstraintCase;
    expect(outcome.outcome).toBe('MENTORED');
    expect((await caseOf('MENTORING', low.id)).overdue).toBe(false);
  });

  it("another village's cadre can neither see nor act on the cases (NOT_FOUND)", async () => {
    const mentoring = await caseOf('MENTORING', low.id);
    const token = other.council.token;
    expect(errorCode(await t.gql(CASES, { villageId: village.id }, token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(OPEN, { villageId: village.id, year: DEMO_YEAR }, token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(VISITS, { caseId: mentoring.id }, token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(BY_ELECTIONS, { villageId: village.id }, token))).toBe('NOT_FOUND');
    const close = await t.gql(
      CLOSE,
      { input: { caseId: mentoring.id, outcome: 'MENTORED', text: '越权', on: `${DEMO_YEAR + 1}-01-05` } },
      token,
    );
    expect(errorCode(close)).toBe('NOT_FOUND');
    const assign = await t.gql(
      ASSIGN,
      { input: { caseId: mentoring.id, mentorResidentId: mentor.id } },
      token,
    );
    expect(errorCode(assign)).toBe('NOT_FOUND');
  });
});
