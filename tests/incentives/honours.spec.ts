import { Role, SubjectType as S } from '@village/platform-common';
import { ItemCategory, ItemDirection } from '@village/rulebook';
import type { FinalYear } from '@village/grading';
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
  arrangeUser,
  townAdminOf,
  unique,
  villageItem,
  type ArrangedDistrict,
  type ArrangedResident,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';
import { arrangeFinalYear } from './final-year';

/**
 * Honours (评先选优, DOMAIN.md §7): the district's honour types with their eligibility, a village's
 * nomination checked against its final year, the town's reasoned approval and the published list that
 * the resident then sees as theirs.
 */

const HEAVY = villageItem('HV1', '严重违反村规民约', {
  category: ItemCategory.CIVIC_VIRTUE,
  direction: ItemDirection.NEGATIVE,
  subjectTypes: [S.VILLAGER],
  pointsMin: 60,
  pointsMax: 60,
});

const CREATE_TYPE = graphql(`
  mutation HonourCreateType($input: CreateHonourTypeInput!) {
    createHonourType(input: $input) {
      id
      name
      minStars
    }
  }
`);
const TYPES = graphql(`
  query HonourTypes {
    honourTypes {
      id
      name
    }
  }
`);
const NOMINATE = graphql(`
  mutation HonourNominate($input: NominateHonourInput!) {
    nominateHonour(input: $input) {
      id
      status
      stars
      honourName
      residentName
    }
  }
`);
const DECIDE = graphql(`
  mutation HonourDecide($input: DecideNominationInput!) {
    decideHonourNomination(input: $input) {
      id
      status
      decisionReason
    }
  }
`);
const PUBLISH = graphql(`
  mutation HonourPublish($townId: ID!, $year: Int!) {
    publishHonourList(townId: $townId, year: $year) {
      id
      honourCount
    }
  }
`);
const NOMINATIONS = graphql(`
  query HonourNominations($villageId: ID, $townId: ID, $year: Int) {
    honourNominations(villageId: $villageId, townId: $townId, year: $year) {
      id
      residentName
      status
    }
  }
`);
const RESIDENT_HONOURS = graphql(`
  query HonourResidentHonours($residentId: ID!) {
    residentHonours(residentId: $residentId) {
      honourName
      year
      status
    }
  }
`);
const MY_HONOURS = graphql(`
  query HonourMine {
    myHonours {
      honourName
      year
    }
  }
`);

describe('honours: eligibility, nomination, approval and the published list', () => {
  let t: TestApp;
  let district: ArrangedDistrict;
  let village: ArrangedVillage;
  let other: ArrangedVillage;
  let townAdmin: ArrangedUser;
  let good: ArrangedResident;
  let weak: ArrangedResident;
  let final: FinalYear;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    const otherTown = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town, otherTown]);
    t.setToday(`${DEMO_YEAR}-03-20`);
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [HEAVY], open: false });
    other = await arrangeScoringVillage(t, otherTown, DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    good = await arrangeResident(t, village, { name: '好村民', roles: [S.VILLAGER], login: true });
    weak = await arrangeResident(t, village, { name: '扣分村民', roles: [S.VILLAGER] });
    await arrangeApprovedAct(t, village, {
      residentId: weak.id,
      itemCode: 'HV1',
      actedOn: `${DEMO_YEAR}-03-10`,
    });
    final = await arrangeFinalYear(t, village, periods);
    townAdmin = await townAdminOf(t, town);
  });
  afterAll(() => t.close());

  const starsOf = (id: string) => final.results.get(id)?.stars ?? 0;

  async function honourType(minStars: number, maxPerVillage: number | null = null) {
    const created = await t.gql(
      CREATE_TYPE,
      {
        input: {
          districtId: district.unit.id,
          name: unique('星级文明户'),
          subjectType: 'VILLAGER',
          minStars,
          maxPerVillage,
        },
      },
      district.admin.token,
    );
    return expectOk(created).createHonourType;
  }

  it('refuses a nomination below the honour minimum stars, with the reason', async () => {
    const required = starsOf(weak.id) + 1;
    expect(starsOf(good.id)).toBeGreaterThanOrEqual(required);
    const type = await honourType(required);
    const refused = await t.gql(
      NOMINATE,
      { input: { honourTypeId: type.id, residentId: weak.id, year: DEMO_YEAR, reason: '热心公益' } },
      village.council.token,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain(
      `该村民 ${DEMO_YEAR} 年度为 ${starsOf(weak.id)} 星，本荣誉要求 ${required} 星及以上`,
    );
    // The village sees the district's honour types (published from above).
    const types = expectOk(await t.gql(TYPES, {}, village.council.token)).honourTypes;
    expect(types.map((x) => x.id)).toContain(type.id);
  });

  it('nominates, the town approves with a reason, publishes, and the resident sees the honour', async () => {
    const type = await honourType(starsOf(good.id), 1);
    const nominated = expectOk(
      await t.gql(
        NOMINATE,
        { input: { honourTypeId: type.id, residentId: good.id, year: DEMO_YEAR, reason: '孝老爱亲' } },
        village.council.token,
      ),
    ).nominateHonour;
    expect(nominated).toMatchObject({ status: 'NOMINATED', stars: starsOf(good.id), residentName: '好村民' });
    // The honour allows one per village: a second nominee is refused.
    const second = await t.gql(
      NOMINATE,
      { input: { honourTypeId: type.id, residentId: weak.id, year: DEMO_YEAR, reason: '试试' } },
      village.council.token,
    );
    expect(errorCode(second)).toBe('BAD_USER_INPUT');

    // The village cannot approve its own nomination; the town can, with a reason.
    const byVillage = await t.gql(
      DECIDE,
      { input: { nominationId: nominated.id, approve: true, reason: '同意' } },
      village.admin.token,
    );
    expect(errorCode(byVillage)).toBe('FORBIDDEN');
    const approved = expectOk(
      await t.gql(
        DECIDE,
        { input: { nominationId: nominated.id, approve: true, reason: '事迹属实，同意' } },
        townAdmin.token,
      ),
    ).decideHonourNomination;
    expect(approved).toMatchObject({ status: 'APPROVED', decisionReason: '事迹属实，同意' });
    const again = await t.gql(
      DECIDE,
      { input: { nominationId: nominated.id, approve: false, reason: '改主意' } },
      townAdmin.token,
    );
    expect(errorCode(again)).toBe('CONFLICT');

    // Nothing is an honour before the list is published.
    const before = expectOk(await t.gql(MY_HONOURS, {}, good.user?.token)).myHonours;
    expect(before).toEqual([]);
    const list = expectOk(
      await t.gql(PUBLISH, { townId: village.town.id, year: DEMO_YEAR }, townAdmin.token),
    ).publishHonourList;
    expect(list.honourCount).toBeGreaterThanOrEqual(1);
    const twice = await t.gql(PUBLISH, { townId: village.town.id, year: DEMO_YEAR }, townAdmin.token);
    expect(errorCode(twice)).toBe('CONFLICT');

    const mine = expectOk(await t.gql(MY_HONOURS, {}, good.user?.token)).myHonours;
    expect(mine).toContainEqual({ honourName: type.name, year: DEMO_YEAR });
    const own = expectOk(await t.gql(RESIDENT_HONOURS, { residentId: good.id }, good.user?.token));
    expect(own.residentHonours).toContainEqual({
      honourName: type.name,
      year: DEMO_YEAR,
      status: 'PUBLISHED',
    });
    const byCadre = expectOk(await t.gql(RESIDENT_HONOURS, { residentId: good.id }, village.admin.token));
    expect(byCadre.residentHonours.map((h) => h.honourName)).toContain(type.name);
    // Another resident may not read this one's honours.
    const weakLogin = await arrangeResident(t, village, { name: '旁人', login: true });
    const byStranger = await t.gql(RESIDENT_HONOURS, { residentId: good.id }, weakLogin.user?.token);
    expect(errorCode(byStranger)).toBe('NOT_FOUND');

    const ofTown = expectOk(
      await t.gql(NOMINATIONS, { townId: village.town.id, year: DEMO_YEAR }, townAdmin.token),
    ).honourNominations;
    expect(ofTown).toContainEqual({ id: nominated.id, residentName: '好村民', status: 'PUBLISHED' });
  });

  it('another village and another town cannot see or act on the nominations (NOT_FOUND)', async () => {
    const type = await honourType(0);
    const nominated = expectOk(
      await t.gql(
        NOMINATE,
        { input: { honourTypeId: type.id, residentId: weak.id, year: DEMO_YEAR, reason: '积极参与' } },
        village.council.token,
      ),
    ).nominateHonour;
    const outsider = await t.gql(
      NOMINATE,
      { input: { honourTypeId: type.id, residentId: good.id, year: DEMO_YEAR, reason: '越权' } },
      other.council.token,
    );
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    const otherTownAdmin = await townAdminOf(t, other.town);
    const decide = await t.gql(
      DECIDE,
      { input: { nominationId: nominated.id, approve: true, reason: '越权' } },
      otherTownAdmin.token,
    );
    expect(errorCode(decide)).toBe('NOT_FOUND');
    const list = await t.gql(NOMINATIONS, { villageId: village.id }, other.council.token);
    expect(errorCode(list)).toBe('NOT_FOUND');
    const read = await t.gql(RESIDENT_HONOURS, { residentId: good.id }, other.admin.token);
    expect(errorCode(read)).toBe('NOT_FOUND');
    // Only a district admin defines honours.
    const byTown = await t.gql(
      CREATE_TYPE,
      { input: { districtId: district.unit.id, name: unique('越权'), subjectType: 'VILLAGER', minStars: 1 } },
      townAdmin.token,
    );
    expect(errorCode(byTown)).toBe('FORBIDDEN');
    const foreign = await arrangeDistrict(t);
    const foreignAdmin: ArrangedUser = await arrangeUser(t, foreign.unit, Role.DISTRICT_ADMIN);
    const types = expectOk(await t.gql(TYPES, {}, foreignAdmin.token)).honourTypes;
    expect(types.map((x) => x.id)).not.toContain(type.id);
  });
});
