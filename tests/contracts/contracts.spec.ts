import {
  CONTRACT,
  CONTRACT_COVERAGE as COVERAGE,
  CONTRACT_HISTORY,
  CONTRACTS,
  GENERATE_CONTRACT_DRAFTS as GENERATE,
  SIGN_CONTRACT as SIGN,
  TERMINATE_CONTRACT as TERMINATE,
} from '../support/documents/contracts';
import type { ContractsQuery, ContractsQueryVariables } from '../support/generated/graphql';
import { graphql } from '../support/generated';
import { Role, SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { ResidentStatus } from '@village/residents';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeUser,
  arrangeVillage,
  orgUnits,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';
import { asAppRole, ContractPeople } from './contract-fixtures';

const CREATE_TEMPLATE = graphql(`
  mutation ContractsCreateTemplate($input: CreateContractTemplateInput!) {
    createContractTemplate(input: $input) {
      id
    }
  }
`);
const PUBLISH = graphql(`
  mutation ContractsPublish($id: ID!) {
    publishContractTemplate(id: $id) {
      id
      status
    }
  }
`);

type Contract = ContractsQuery['contracts']['items'][number];
const counts = (byColour: { colour: string; count: number }[] | undefined) =>
  Object.fromEntries((byColour ?? []).map((c) => [c.colour, c.count]));

describe('yearly five-colour contracts of a village', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let village: ArrangedVillage;
  let otherVillage: ArrangedVillage;
  let people: ContractPeople;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // these suites arrange their own people
    units = await orgUnits(t);
    tokens.district = (await arrangeUser(t, units['文登区'], Role.DISTRICT_ADMIN)).token;
    tokens.town = (await arrangeUser(t, units['宋村镇'], Role.TOWN_ADMIN)).token;
  });
  afterAll(() => t.close());

  // Each test has its own village in 宋村镇 with these people, and another village in 文登营镇.
  beforeEach(async () => {
    village = await arrangeVillage(t, units['宋村镇']);
    otherVillage = await arrangeVillage(t, units['文登营镇']);
    tokens.admin = village.admin.token;
    tokens.council = village.council.token;
    tokens.otherAdmin = otherVillage.admin.token;
    people = new ContractPeople(t, village);
    ids = {};
    ids.h1 = await people.household('DZT-001');
    ids.h2 = await people.household('DZT-002');
    ids.h3 = await people.household('DZT-003'); // only a moved-out member: no BLUE contract
    ids.h4 = await people.household('DZT-004'); // nobody: no BLUE contract
    ids.zhang = await people.resident('张建华', ids.h1, [S.PARTY_MEMBER, S.REPRESENTATIVE]);
    ids.li = await people.resident('李秀兰', ids.h1, [
      S.VOLUNTEER,
      { type: S.PARTY_MEMBER, startDate: '2001-07-01', endDate: '2025-06-30' }, // ended: no RED
    ]);
    ids.wang = await people.resident('王德顺', ids.h2, [S.ELDER, S.PARTY_MEMBER]);
    // Starts after 2026: no YELLOW.
    ids.sun = await people.resident('孙立国', ids.h2, [{ type: S.REPRESENTATIVE, startDate: '2027-03-01' }]);
    // An inactive resident: no RED.
    ids.zhao = await people.resident('赵福来', ids.h3, [S.PARTY_MEMBER], ResidentStatus.MOVED_OUT);
    ids.zhou = await people.resident('周桂芝', null, [S.ELDER], ResidentStatus.DECEASED);
    // Another village's party member must never appear in this village's contracts.
    const other = new ContractPeople(t, otherVillage);
    await other.resident('侯长青', await other.household('HJA-001'), [S.PARTY_MEMBER]);
  });

  const list = async (
    vars: Omit<ContractsQueryVariables, 'villageId'>,
    token = tokens.admin,
  ): Promise<Contract[]> =>
    expectOk(await t.gql(CONTRACTS, { villageId: village.id, year: 2026, ...vars }, token)).contracts.items;
  const generateDrafts = async () => {
    const res = await t.gql(GENERATE, { input: { villageId: village.id, year: 2026 } }, tokens.admin);
    expect(res.errors).toBeUndefined();
    return res;
  };
  const signDraft = async (id: string, signedOn: string, witness: Record<string, string>) =>
    expect(
      (await t.gql(SIGN, { input: { id, signedOn, ...witness } }, tokens.admin)).data?.signContract.status,
    ).toBe('SIGNED');
  /** The drafts, the first RED one signed and then terminated, the second signed. */
  const redSignedAndTerminated = async () => {
    await generateDrafts();
    const [first, second] = await list({ colour: 'RED' });
    await signDraft(first.id, '2026-02-01', { witnessResidentId: ids.li });
    await signDraft(second.id, '2026-02-03', { witnessName: '王德明' });
    const terminated = await t.gql(
      TERMINATE,
      { input: { id: first.id, terminatedOn: '2026-09-30', reason: '本人迁出本村' } },
      tokens.admin,
    );
    expect(terminated.errors).toBeUndefined();
  };

  it('generates drafts for everyone eligible, per colour, in one call; a second call creates nothing', async () => {
    const first = await t.gql(GENERATE, { input: { villageId: village.id, year: 2026 } }, tokens.admin);
    expect(first.errors).toBeUndefined();
    expect(counts(first.data?.generateContractDrafts.byColour)).toEqual({
      RED: 2,
      YELLOW: 1,
      BLUE: 2,
      GREEN: 1,
      SILVER: 1,
    });
    expect(first.data?.generateContractDrafts.created).toBe(7);

    const again = await t.gql(GENERATE, { input: { villageId: village.id, year: 2026 } }, tokens.admin);
    expect(again.data?.generateContractDrafts.created).toBe(0);
    const [n] = await t.db.adminQuery<{ n: string }>(
      'SELECT count(*) AS n FROM contract WHERE village_id = $1',
      [village.id],
    );
    expect(Number(n.n)).toBe(7);

    const red = await list({ colour: 'RED' });
    expect(red.map((c) => c.residentName).sort()).toEqual(['张建华', '王德顺'].sort());
    expect(red.every((c) => c.status === 'DRAFT' && c.householdId === null)).toBe(true);
    const blue = await list({ colour: 'BLUE' });
    expect(blue.map((c) => c.householdCode)).toEqual(['DZT-001', 'DZT-002']);
    expect(blue.every((c) => c.residentId === null)).toBe(true);
    // BLUE in 宋村镇 carries the district clauses and the town's own.
    expect(blue[0].title).toBe('宋村镇村民自治契约');
    expect(blue[0].clauses).toHaveLength(7);
    expect(blue[0].clauses).toContain('配合网格员做好入户走访、信息采集和安全隐患排查');
    expect((await list({ colour: 'SILVER' })).map((c) => c.residentName)).toEqual(['王德顺']);
    expect((await list({ colour: 'YELLOW' })).map((c) => c.residentName)).toEqual(['张建华']);
    expect((await list({ colour: 'GREEN' })).map((c) => c.residentName)).toEqual(['李秀兰']);

    const events = await t.db.adminQuery<{ kind: string }>(
      'SELECT kind FROM contract_event WHERE village_id = $1',
      [village.id],
    );
    expect(events.map((e) => e.kind)).toEqual(Array(7).fill('DRAFTED'));
  });

  it('signs and terminates along DRAFT → SIGNED → TERMINATED only, leaving an event for each step', async () => {
    await generateDrafts();
    const admin = tokens.admin;
    const [first, second] = await list({ colour: 'RED' });
    const noWitness = await t.gql(SIGN, { input: { id: first.id, signedOn: '2026-02-01' } }, admin);
    expect(errorCode(noWitness)).toBe('BAD_USER_INPUT');
    const badDate = await t.gql(
      SIGN,
      { input: { id: first.id, signedOn: '2026-02-30', witnessName: '王德明' } },
      admin,
    );
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    const notSigned = await t.gql(
      TERMINATE,
      { input: { id: first.id, terminatedOn: '2026-03-01', reason: '迁出' } },
      admin,
    );
    expect(errorCode(notSigned)).toBe('CONFLICT');

    const signed = await t.gql(
      SIGN,
      { input: { id: first.id, signedOn: '2026-02-01', witnessResidentId: ids.li } },
      admin,
    );
    expect(signed.data?.signContract).toMatchObject({
      status: 'SIGNED',
      signedOn: '2026-02-01',
      witnessName: '李秀兰',
      witnessResidentId: ids.li,
    });
    expect(signed.data?.signContract.signedBy).toBeTruthy();
    const twice = await t.gql(
      SIGN,
      { input: { id: first.id, signedOn: '2026-02-02', witnessName: '王德明' } },
      admin,
    );
    expect(errorCode(twice)).toBe('CONFLICT');
    const selfWitness = await t.gql(
      SIGN,
      { input: { id: second.id, signedOn: '2026-02-01', witnessResidentId: second.residentId } },
      admin,
    );
    expect(errorCode(selfWitness)).toBe('BAD_USER_INPUT');
    expect(
      (await t.gql(SIGN, { input: { id: second.id, signedOn: '2026-02-03', witnessName: '王德明' } }, admin))
        .data?.signContract.status,
    ).toBe('SIGNED');

    const noReason = await t.gql(
      TERMINATE,
      { input: { id: first.id, terminatedOn: '2026-09-30', reason: '  ' } },
      admin,
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const early = await t.gql(
      TERMINATE,
      { input: { id: first.id, terminatedOn: '2026-01-31', reason: '迁出' } },
      admin,
    );
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    const terminated = await t.gql(
      TERMINATE,
      { input: { id: first.id, terminatedOn: '2026-09-30', reason: '本人迁出本村' } },
      admin,
    );
    expect(terminated.data?.terminateContract).toMatchObject({
      status: 'TERMINATED',
      terminatedOn: '2026-09-30',
      terminationReason: '本人迁出本村',
      signedOn: '2026-02-01',
    });
    const resign = await t.gql(
      SIGN,
      { input: { id: first.id, signedOn: '2026-10-01', witnessName: '王德明' } },
      admin,
    );
    expect(errorCode(resign)).toBe('CONFLICT');

    const history = await t.db.adminQuery<{ kind: string; from_status: string | null; to_status: string }>(
      'SELECT kind, from_status, to_status FROM contract_event WHERE contract_id = $1 ORDER BY created_at, kind',
      [first.id],
    );
    expect(history).toEqual([
      { kind: 'DRAFTED', from_status: null, to_status: 'DRAFT' },
      { kind: 'SIGNED', from_status: 'DRAFT', to_status: 'SIGNED' },
      { kind: 'TERMINATED', from_status: 'SIGNED', to_status: 'TERMINATED' },
    ]);
    const detail = await t.gql(CONTRACT_HISTORY, { id: first.id }, tokens.council);
    expect(detail.data?.contract.history.map((e) => [e.kind, e.effectiveOn])).toEqual([
      ['DRAFTED', null],
      ['SIGNED', '2026-02-01'],
      ['TERMINATED', '2026-09-30'],
    ]);
    const audit = await t.db.adminQuery<{ org_unit_id: string; detail: { contractId?: string } }>(
      `SELECT org_unit_id, detail FROM audit_log
        WHERE operation = 'terminateContract' AND outcome = 'SUCCESS' AND org_unit_id = $1`,
      [village.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].org_unit_id).toBe(village.id);
    expect(audit[0].detail.contractId).toBe(first.id);
    // A terminated contract is not re-drafted by the bulk run.
    const again = await t.gql(GENERATE, { input: { villageId: village.id, year: 2026 } }, admin);
    expect(again.data?.generateContractDrafts.created).toBe(0);
  });

  // Through the app role's own connection on purpose: the database itself must refuse these.
  it('the database refuses backward status moves, content changes and event rewrites', async () => {
    await redSignedAndTerminated();
    const scope = { villages: [village.id] };
    const [signed] = await list({ colour: 'RED', status: 'SIGNED' });
    const [terminated] = await list({ colour: 'RED', status: 'TERMINATED' });
    const [draft] = await list({ colour: 'BLUE' });
    await expect(
      asAppRole(t, scope, `UPDATE contract SET status = 'DRAFT' WHERE id = $1`, [signed.id]),
    ).rejects.toThrow(/status may only move/);
    await expect(
      asAppRole(t, scope, `UPDATE contract SET status = 'SIGNED' WHERE id = $1`, [terminated.id]),
    ).rejects.toThrow(/terminated/);
    await expect(
      asAppRole(t, scope, `UPDATE contract SET clauses = '{改}' WHERE id = $1`, [draft.id]),
    ).rejects.toThrow(/frozen/);
    await expect(
      asAppRole(t, scope, `UPDATE contract SET signed_on = '2026-01-01' WHERE id = $1`, [signed.id]),
    ).rejects.toThrow(/signing record/);
    await expect(asAppRole(t, scope, `UPDATE contract_event SET kind = 'SIGNED'`)).rejects.toThrow();
    await expect(asAppRole(t, scope, `DELETE FROM contract_event`)).rejects.toThrow();
  });

  it('reports exact coverage per colour', async () => {
    await redSignedAndTerminated();
    const admin = tokens.admin;
    const [blue] = await list({ colour: 'BLUE' });
    await t.gql(SIGN, { input: { id: blue.id, signedOn: '2026-03-01', witnessName: '刘秀英' } }, admin);
    const res = await t.gql(COVERAGE, { villageId: village.id, year: 2026 }, tokens.council);
    const byColour = Object.fromEntries(expectOk(res).contractCoverage.map((c) => [c.colour, c]));
    expect(byColour.RED).toEqual({
      colour: 'RED',
      eligible: 2,
      drafted: 0,
      signed: 1,
      terminated: 1,
      coverageRate: 0.5,
    });
    expect(byColour.BLUE).toEqual({
      colour: 'BLUE',
      eligible: 2,
      drafted: 1,
      signed: 1,
      terminated: 0,
      coverageRate: 0.5,
    });
    expect(byColour.YELLOW).toEqual({
      colour: 'YELLOW',
      eligible: 1,
      drafted: 1,
      signed: 0,
      terminated: 0,
      coverageRate: 0,
    });
    expect(byColour.GREEN.eligible).toBe(1);
    expect(byColour.SILVER.eligible).toBe(1);
    const empty = await t.gql(COVERAGE, { villageId: village.id, year: 2031 }, admin);
    expect(empty.data?.contractCoverage.find((c: { colour: string }) => c.colour === 'RED')).toMatchObject({
      eligible: 2,
      signed: 0,
      coverageRate: 0,
    });
  });

  it('a signed contract keeps its clauses after the template gets a new version', async () => {
    await redSignedAndTerminated();
    const [signed] = await list({ colour: 'RED', status: 'SIGNED' });
    const before = signed.clauses as string[];
    const created = await t.gql(
      CREATE_TEMPLATE,
      {
        input: {
          unitId: units['文登区'].id,
          colour: 'RED',
          title: '党员先锋契约（修订）',
          clauses: ['带头参加“三会一课”', '带头落实“党员联系户”制度'],
          itemCodes: ['P02'],
        },
      },
      tokens.district,
    );
    const templateId = expectOk(created).createContractTemplate.id;
    expect(
      (await t.gql(PUBLISH, { id: templateId }, tokens.district)).data?.publishContractTemplate.status,
    ).toBe('PUBLISHED');
    const after = expectOk(await t.gql(CONTRACT, { id: signed.id }, tokens.admin)).contract;
    expect(after.clauses).toEqual(before);
    expect(after.templateVersion).toBe(1);

    // A party member who joins now gets the new version.
    const newcomer = await people.resident('陈晓东', ids.h2, [
      { type: S.PARTY_MEMBER, startDate: '2026-07-01' },
    ]);
    const res = await t.gql(GENERATE, { input: { villageId: village.id, year: 2026 } }, tokens.admin);
    expect(counts(res.data?.generateContractDrafts.byColour).RED).toBe(1);
    const [fresh] = (await list({ colour: 'RED', status: 'DRAFT' })).filter((c) => c.residentId === newcomer);
    expect(fresh).toMatchObject({ templateId, templateVersion: 2, itemCodes: ['P02'] });
    expect(fresh.clauses).toEqual(['带头参加“三会一课”', '带头落实“党员联系户”制度']);
  });

  it('other villages cannot see or change these contracts; the town reads but does not sign', async () => {
    await generateDrafts();
    const [draft] = await list({ colour: 'YELLOW' });
    const other = tokens.otherAdmin;
    expect(errorCode(await t.gql(CONTRACTS, { villageId: village.id }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(CONTRACT, { id: draft.id }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(COVERAGE, { villageId: village.id, year: 2026 }, other))).toBe('NOT_FOUND');
    const sign = await t.gql(
      SIGN,
      { input: { id: draft.id, signedOn: '2026-02-01', witnessName: '侯某' } },
      other,
    );
    expect(errorCode(sign)).toBe('NOT_FOUND');
    const terminate = await t.gql(
      TERMINATE,
      { input: { id: draft.id, terminatedOn: '2026-02-01', reason: '越权' } },
      other,
    );
    expect(errorCode(terminate)).toBe('NOT_FOUND');
    const generate = await t.gql(GENERATE, { input: { villageId: village.id, year: 2026 } }, other);
    expect(errorCode(generate)).toBe('NOT_FOUND');
    // The other admin's own list shows none of this village's.
    const own = await t.gql(CONTRACTS, { villageId: otherVillage.id }, other);
    expect(own.data?.contracts.total).toBe(0);

    const resident = ((await arrangeResident(t, village, { login: true })).user as ArrangedUser).token;
    expect(errorCode(await t.gql(CONTRACTS, { villageId: village.id }, resident))).toBe('FORBIDDEN');

    const town = tokens.town;
    expect((await t.gql(CONTRACT, { id: draft.id }, town)).data?.contract.id).toBe(draft.id);
    const townSign = await t.gql(
      SIGN,
      { input: { id: draft.id, signedOn: '2026-02-01', witnessName: '镇干部' } },
      town,
    );
    expect(errorCode(townSign)).toBe('FORBIDDEN');
    const council = await t.gql(
      SIGN,
      { input: { id: draft.id, signedOn: '2026-02-01', witnessName: '王德明' } },
      tokens.council,
    );
    expect(errorCode(council)).toBe('FORBIDDEN');
    const [row] = await t.db.adminQuery<{ status: string }>('SELECT status FROM contract WHERE id = $1', [
      draft.id,
    ]);
    expect(row.status).toBe('DRAFT');
  });
});
