import { SubjectType as S } from '@village/platform-common';
import { HouseholdRelation as H } from '@village/residents';
import { graphql } from '../support/generated';
import { SET_HOUSEHOLD_HEAD } from '../support/documents/residents';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';
import { arrangeHousehold, arrangeResident, arrangeVillage, orgUnits } from '../support/arrange';

const MY_HOUSEHOLD = graphql(`
  query MyHouseholdMembers {
    myHouseholdMembers {
      name
      isHead
      relationToHead
    }
  }
`);

/**
 * A villager declaring for a family member chooses among their own household's active members: the
 * query returns those, never the members of another household or the people who moved out.
 */
describe('myHouseholdMembers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
  });
  afterAll(() => t.close());

  it('lists the signed-in resident’s active household members and nobody else', async () => {
    const village = await arrangeVillage(t, (await orgUnits(t))['宋村镇']);
    const householdId = await arrangeHousehold(t, village);
    const head = await arrangeResident(t, village, {
      name: '户主甲',
      birthDate: '1960-05-01',
      householdId,
      roles: [S.VILLAGER],
    });
    expectOk(
      await t.gql(SET_HOUSEHOLD_HEAD, { input: { householdId, residentId: head.id } }, village.admin.token),
    );
    const me = await arrangeResident(t, village, {
      name: '配偶乙',
      householdId,
      relationToHead: H.SPOUSE,
      roles: [S.VILLAGER],
      login: true,
    });
    await arrangeResident(t, village, {
      name: '子女丙',
      birthDate: '1990-05-01',
      householdId,
      relationToHead: H.CHILD,
      roles: [S.VILLAGER],
    });
    await arrangeResident(t, village, { name: '邻居丁', householdId: await arrangeHousehold(t, village) });
    const members = expectOk(await t.gql(MY_HOUSEHOLD, {}, me.user?.token)).myHouseholdMembers;
    expect(members).toEqual([
      { name: '户主甲', isHead: true, relationToHead: null },
      { name: '子女丙', isHead: false, relationToHead: 'CHILD' },
    ]);
  });
});
