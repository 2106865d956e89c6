import { Role, SubjectType as S, todayInChina } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import {
  CONTRACTS,
  GENERATE_CONTRACT_DRAFTS as GENERATE,
  SIGN_CONTRACT as SIGN,
  TERMINATE_CONTRACT as TERMINATE,
} from '../support/documents/contracts';
import { graphql } from '../support/generated';
import type { MyContractsQuery } from '../support/generated/graphql';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeHousehold,
  arrangeResident,
  arrangeUser,
  arrangeVillage,
  orgUnits,
  type ArrangedResident,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';

const MY_CONTRACTS = graphql(`
  query MyContracts($year: Int) {
    myContracts(year: $year) {
      ...ContractFields
      villageId
    }
  }
`);

type Mine = MyContractsQuery['myContracts'];
const THIS_YEAR = Number(todayInChina().slice(0, 4));

const tokenOf = (resident: ArrangedResident): string => {
  if (!resident.user) throw new Error(`${resident.name} has no login`);
  return resident.user.token;
};
/** The one element that matches, failing the test when there is none or more than one. */
function only<T>(items: readonly T[], match: (item: T) => boolean): T {
  const found = items.filter(match);
  if (found.length !== 1) throw new Error(`expected one match, found ${found.length}`);
  return found[0];
}

/**
 * A resident reads their own contracts (issue 11: 我的户与契约) without CONTRACT_READ: the ones they are
 * party to and their household's BLUE one, of this year unless asked for another — nobody else's.
 */
describe('myContracts: the signed-in resident’s own contracts', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let village: ArrangedVillage;
  let otherVillage: ArrangedVillage;
  let li: ArrangedResident; // volunteer: GREEN, and her household's BLUE
  let zhang: ArrangedResident; // same household; party member: RED (signed, then terminated)
  let wang: ArrangedResident; // another household: SILVER, BLUE
  let hou: ArrangedResident; // another village's party member
  let household: string;
  let townAdmin: ArrangedUser;

  const mine = async (token: string, year?: number): Promise<Mine> =>
    expectOk(await t.gql(MY_CONTRACTS, year === undefined ? {} : { year }, token)).myContracts;
  const allOf = async (v: ArrangedVillage) =>
    expectOk(await t.gql(CONTRACTS, { villageId: v.id, year: THIS_YEAR }, v.admin.token)).contracts.items;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // this suite arranges its own people
    units = await orgUnits(t);
    townAdmin = await arrangeUser(t, units['宋村镇'], Role.TOWN_ADMIN);
    village = await arrangeVillage(t, units['宋村镇']);
    otherVillage = await arrangeVillage(t, units['文登营镇']);
    household = await arrangeHousehold(t, village, { code: 'MC-001' });
    const other = await arrangeHousehold(t, village, { code: 'MC-002' });
    li = await arrangeResident(t, village, {
      name: '李秀兰',
      householdId: household,
      roles: [S.VOLUNTEER],
      login: true,
    });
    zhang = await arrangeResident(t, village, {
      name: '张建华',
      householdId: household,
      roles: [S.PARTY_MEMBER],
      login: true,
    });
    wang = await arrangeResident(t, village, {
      name: '王德顺',
      householdId: other,
      roles: [S.ELDER],
      login: true,
    });
    const houHousehold = await arrangeHousehold(t, otherVillage, { code: 'HJA-001' });
    hou = await arrangeResident(t, otherVillage, {
      name: '侯长青',
      householdId: houHousehold,
      roles: [S.PARTY_MEMBER],
      login: true,
    });
    for (const v of [village, otherVillage]) {
      expectOk(await t.gql(GENERATE, { input: { villageId: v.id, year: THIS_YEAR } }, v.admin.token));
    }
    const contracts = await allOf(village);
    const green = only(contracts, (c) => c.colour === 'GREEN' && c.residentId === li.id);
    const red = only(contracts, (c) => c.colour === 'RED' && c.residentId === zhang.id);
    const sign = async (id: string, signedOn: string) =>
      expectOk(await t.gql(SIGN, { input: { id, signedOn, witnessName: '王德明' } }, village.admin.token));
    await sign(green.id, `${THIS_YEAR}-01-15`);
    await sign(red.id, `${THIS_YEAR}-01-20`);
    const terminatedOn = `${THIS_YEAR}-01-25`;
    expectOk(
      await t.gql(
        TERMINATE,
        { input: { id: red.id, terminatedOn, reason: '本人迁出本村' } },
        village.admin.token,
      ),
    );
  });
  afterAll(() => t.close());

  it('lists her own and her household’s contracts of this year, as the village admin sees them', async () => {
    const own = await mine(tokenOf(li));
    expect(own.map((c) => [c.colour, c.residentId ?? c.householdId])).toEqual([
      ['BLUE', household],
      ['GREEN', li.id],
    ]);
    const green = only(own, (c) => c.colour === 'GREEN');
    expect(green).toMatchObject({
      year: THIS_YEAR,
      villageId: village.id,
      status: 'SIGNED',
      signedOn: `${THIS_YEAR}-01-15`,
      witnessName: '王德明',
      residentName: '李秀兰',
    });
    expect(green.clauses.length).toBeGreaterThan(0);
    // The same clauses, items and status the village's own list shows for these contracts.
    const admins = await allOf(village);
    for (const contract of own) {
      const seen = only(admins, (c) => c.id === contract.id);
      expect(contract).toMatchObject({
        clauses: seen.clauses,
        itemCodes: seen.itemCodes,
        status: seen.status,
        title: seen.title,
      });
    }
    expect(own.find((c) => c.colour === 'BLUE')).toMatchObject({ status: 'DRAFT', householdCode: 'MC-001' });
  });

  it('never lists another resident’s contracts, even in the same household; terminated ones stay listed', async () => {
    const his = await mine(tokenOf(zhang));
    expect(his.map((c) => c.colour)).toEqual(['BLUE', 'RED']);
    expect(his.find((c) => c.colour === 'RED')).toMatchObject({
      status: 'TERMINATED',
      terminationReason: '本人迁出本村',
    });
    expect(his.some((c) => c.residentId === li.id)).toBe(false);
    const wangs = await mine(tokenOf(wang));
    expect(wangs.map((c) => c.colour)).toEqual(['BLUE', 'SILVER']);
    expect(wangs.every((c) => c.residentId === wang.id || c.householdId !== household)).toBe(true);
  });

  it('a resident of another village sees only their own, none of this village’s', async () => {
    const hous = await mine(tokenOf(hou));
    expect(hous.map((c) => c.colour)).toEqual(['BLUE', 'RED']);
    expect(hous.every((c) => c.villageId === otherVillage.id)).toBe(true);
    expect(hous.find((c) => c.colour === 'RED')?.residentId).toBe(hou.id);
  });

  it('is empty for cadres without a resident record, and for a year without contracts', async () => {
    expect(await mine(village.admin.token)).toEqual([]);
    expect(await mine(village.council.token)).toEqual([]);
    expect(await mine(townAdmin.token)).toEqual([]);
    expect(await mine(tokenOf(li), 2001)).toEqual([]);
    expect(await mine(tokenOf(li), THIS_YEAR)).toHaveLength(2);
  });

  it('checks the year, needs a sign-in, and gives a resident no other way into the village’s contracts', async () => {
    const early = await t.gql(MY_CONTRACTS, { year: 1999 }, tokenOf(li));
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(MY_CONTRACTS, {}))).toBe('UNAUTHENTICATED');
    const village_ = await t.gql(CONTRACTS, { villageId: village.id, year: THIS_YEAR }, tokenOf(li));
    expect(errorCode(village_)).toBe('FORBIDDEN');
  });
});
