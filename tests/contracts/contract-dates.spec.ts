import { SubjectType as S } from '@village/platform-common';
import { arrangeVillage, orgUnits, type ArrangedVillage } from '../support/arrange';
import { graphql } from '../support/generated';
import type { ContractColour } from '../support/generated/graphql';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import { ContractPeople } from './contract-fixtures';

/** A contract year of the suite's own, on the demo district's published templates. */
const YEAR = 2030;

const GENERATE = graphql(`
  mutation ContractDatesGenerate($input: GenerateContractDraftsInput!) {
    generateContractDrafts(input: $input) {
      created
    }
  }
`);
const CONTRACTS = graphql(`
  query ContractDatesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {
    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {
      items {
        id
        residentName
      }
    }
  }
`);
const SIGN = graphql(`
  mutation ContractDatesSign($input: SignContractInput!) {
    signContract(input: $input) {
      id
      status
      signedOn
    }
  }
`);

describe('signing dates of contracts (issue 10)', () => {
  let t: TestApp;
  let village: ArrangedVillage;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  // A village of its own: a party member since 2020, a representative elected on 1 March of the year.
  beforeEach(async () => {
    village = await arrangeVillage(t, (await orgUnits(t))['宋村镇']);
    const people = new ContractPeople(t, village);
    await people.resident('张建华', await people.household('CD-001'), [S.PARTY_MEMBER]);
    await people.resident('刘新民', null, [{ type: S.REPRESENTATIVE, startDate: `${YEAR}-03-01` }]);
    expectOk(await t.gql(GENERATE, { input: { villageId: village.id, year: YEAR } }, village.admin.token));
  });

  const draftOf = async (colour: ContractColour): Promise<string> => {
    const res = await t.gql(CONTRACTS, { villageId: village.id, year: YEAR, colour }, village.admin.token);
    const [contract] = expectOk(res).contracts.items;
    return contract.id;
  };
  const sign = (id: string, signedOn: string) =>
    t.gql(SIGN, { input: { id, signedOn, witnessName: '王德明' } }, village.admin.token);
  const refusal = (res: GqlResponse<unknown>) => {
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const [field] = res.errors?.[0].extensions?.fields ?? [];
    return { field: field?.field, reason: field?.reasons.join('；') };
  };

  it('lies within the contract year or the month before it', async () => {
    const red = await draftOf('RED');
    for (const signedOn of [`${YEAR - 1}-11-30`, `${YEAR + 1}-01-01`]) {
      const refused = refusal(await sign(red, signedOn));
      expect(refused.field).toBe('signedOn');
      expect(refused.reason).toContain(`${YEAR - 1}-12-01 至 ${YEAR}-12-31`);
    }
    const signed = expectOk(await sign(red, `${YEAR - 1}-12-01`)).signContract;
    expect(signed).toMatchObject({ status: 'SIGNED', signedOn: `${YEAR - 1}-12-01` });
  });

  it("a household's contract is held to the same window", async () => {
    const blue = await draftOf('BLUE');
    expect(refusal(await sign(blue, `${YEAR - 1}-10-15`)).field).toBe('signedOn');
    expect(expectOk(await sign(blue, `${YEAR}-06-30`)).signContract.status).toBe('SIGNED');
  });

  it("is not before the signer's role began", async () => {
    const yellow = await draftOf('YELLOW');
    const early = refusal(await sign(yellow, `${YEAR}-02-28`));
    expect(early).toEqual({
      field: 'signedOn',
      reason: `签订日期 ${YEAR}-02-28 早于签约人成为村民代表的日期 ${YEAR}-03-01`,
    });
    expect(expectOk(await sign(yellow, `${YEAR}-03-01`)).signContract.status).toBe('SIGNED');
  });
});
