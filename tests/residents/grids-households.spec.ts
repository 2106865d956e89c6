import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import { SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { ResidentStatus } from '@village/residents';
import {
  arrangeGrid,
  arrangeHousehold,
  arrangeResident,
  arrangeVillage,
  orgUnits,
  townAdminOf,
  type ArrangedVillage,
} from '../support/arrange';
import { idNumberFor } from './id-numbers';

const CREATE_GRID = graphql(`
  mutation GridsHouseholdsCreateGrid($input: CreateGridInput!) {
    createGrid(input: $input) {
      id
      code
      name
      leaderName
    }
  }
`);
const SET_LEADER = graphql(`
  mutation GridsHouseholdsSetLeader($input: SetGridLeaderInput!) {
    setGridLeader(input: $input) {
      id
      leaderResidentId
      leaderName
    }
  }
`);
const CREATE_HOUSEHOLD = graphql(`
  mutation GridsHouseholdsCreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      id
      code
      gridId
      headName
    }
  }
`);
const SET_HEAD = graphql(`
  mutation GridsHouseholdsSetHead($input: SetHouseholdHeadInput!) {
    setHouseholdHead(input: $input) {
      id
      headResidentId
      headName
    }
  }
`);
const CREATE_RESIDENT = graphql(`
  mutation GridsHouseholdsCreateResident($input: CreateResidentInput!) {
    createResident(input: $input) {
      id
      gridId
      household {
        id
      }
    }
  }
`);
const ADD_ROLE = graphql(`
  mutation GridsHouseholdsAddRole($input: AddSubjectRoleInput!) {
    addSubjectRole(input: $input) {
      id
    }
  }
`);
const END_ROLE = graphql(`
  mutation GridsHouseholdsEndRole($input: EndSubjectRoleInput!) {
    endSubjectRole(input: $input) {
      id
    }
  }
`);
const HISTORY = graphql(`
  query GridsHouseholdsHistory($id: ID!) {
    residentStatusChanges(residentId: $id) {
      toStatus
    }
  }
`);

describe('grids, households and roles: rules and isolation', () => {
  let t: TestApp;
  let admin: string;
  let other: string;
  let village: string;

  let units: Record<string, OrgRef>;
  /** This test's village: grid G1, household DZT001, 于建国 (an elder) and someone who moved out. */
  let arranged: ArrangedVillage;
  let people: { yu: string; movedOut: string; foreign: string };
  let gridG1: string;
  let householdDzt001: string;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages and people
    units = await orgUnits(t);
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    arranged = await arrangeVillage(t, units['宋村镇']);
    const otherVillage = await arrangeVillage(t, units['文登营镇']);
    [village, admin, other] = [arranged.id, arranged.admin.token, otherVillage.admin.token];
    gridG1 = await arrangeGrid(t, arranged, { code: 'G1', name: '第一网格' });
    householdDzt001 = await arrangeHousehold(t, arranged, { code: 'DZT001', gridId: gridG1 });
    const resident = (spec: Parameters<typeof arrangeResident>[2], in_ = arranged) =>
      arrangeResident(t, in_, spec).then((r) => r.id);
    people = {
      yu: await resident({ name: '于建国', householdId: householdDzt001, roles: [S.VILLAGER, S.ELDER] }),
      movedOut: await resident({ name: '王德胜', roles: [S.VILLAGER], status: ResidentStatus.MOVED_OUT }),
      foreign: await resident({ name: '侯振东', roles: [S.VILLAGER] }, otherVillage),
    };
  });

  it('creates a grid and a household, sets an active member as leader and head', async () => {
    const grid = await t.gql(
      CREATE_GRID,
      { input: { villageId: village, code: 'G5', name: '第五网格' } },
      admin,
    );
    expect(grid.data?.createGrid).toMatchObject({ code: 'G5', name: '第五网格', leaderName: null });
    const dup = await t.gql(CREATE_GRID, { input: { villageId: village, code: 'G5', name: '重复' } }, admin);
    expect(errorCode(dup)).toBe('CONFLICT');
    const gridId = expectOk(grid).createGrid.id;

    const household = await t.gql(
      CREATE_HOUSEHOLD,
      { input: { villageId: village, code: 'NEW01', address: '新街 1 号', gridId } },
      admin,
    );
    const householdId = expectOk(household).createHousehold.id;
    expect(household.data?.createHousehold).toMatchObject({ code: 'NEW01', gridId });

    const member = await t.gql(
      CREATE_RESIDENT,
      {
        input: {
          villageId: village,
          name: '新户主',
          gender: 'FEMALE',
          birthDate: '1979-09-19',
          idNumber: idNumberFor('1979-09-19', 602),
          householdId,
        },
      },
      admin,
    );
    // The grid follows the household when none is given.
    expect(member.data?.createResident).toMatchObject({ gridId, household: { id: householdId } });
    const memberId = expectOk(member).createResident.id;

    const outsider = { id: people.yu }; // of the village, but not of the new household
    const notMember = await t.gql(SET_HEAD, { input: { householdId, residentId: outsider.id } }, admin);
    expect(errorCode(notMember)).toBe('BAD_USER_INPUT');
    const head = await t.gql(SET_HEAD, { input: { householdId, residentId: memberId } }, admin);
    expect(head.data?.setHouseholdHead).toMatchObject({ headResidentId: memberId, headName: '新户主' });

    const moved = { id: people.movedOut };
    expect(errorCode(await t.gql(SET_LEADER, { input: { gridId, residentId: moved.id } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    const leader = await t.gql(SET_LEADER, { input: { gridId, residentId: memberId } }, admin);
    expect(leader.data?.setGridLeader).toMatchObject({ leaderResidentId: memberId, leaderName: '新户主' });

    const foreign = { id: people.foreign };
    expect(errorCode(await t.gql(SET_LEADER, { input: { gridId, residentId: foreign.id } }, admin))).toBe(
      'NOT_FOUND',
    );
  });

  it('keeps another village out of every grid, household and role operation of this village', async () => {
    const grid = { id: gridG1 };
    const household = { id: householdDzt001 };
    const resident = { id: people.yu };
    const [role] = await t.db.adminQuery<{ id: string }>(
      "SELECT id FROM subject_role WHERE resident_id = $1 AND subject_type = 'ELDER'",
      [resident.id],
    );
    const attempts = [
      t.gql(CREATE_GRID, { input: { villageId: village, code: 'X9', name: '外网格' } }, other),
      t.gql(SET_LEADER, { input: { gridId: grid.id, residentId: resident.id } }, other),
      t.gql(CREATE_HOUSEHOLD, { input: { villageId: village, code: 'X9' } }, other),
      t.gql(SET_HEAD, { input: { householdId: household.id, residentId: resident.id } }, other),
      t.gql(
        ADD_ROLE,
        { input: { residentId: resident.id, subjectType: 'VOLUNTEER', startDate: '2025-01-01' } },
        other,
      ),
      t.gql(END_ROLE, { input: { roleId: role.id, endDate: '2025-01-01', reason: '外村操作' } }, other),
      t.gql(HISTORY, { id: resident.id }, other),
    ];
    for (const res of await Promise.all(attempts)) expect(errorCode(res)).toBe('NOT_FOUND');
    const [unchanged] = await t.db.adminQuery<{ end_date: string | null }>(
      'SELECT end_date FROM subject_role WHERE id = $1',
      [role.id],
    );
    expect(unchanged.end_date).toBeNull();

    const town = (await townAdminOf(t, units['宋村镇'])).token;
    expect(
      errorCode(
        await t.gql(END_ROLE, { input: { roleId: role.id, endDate: '2025-01-01', reason: '镇级' } }, town),
      ),
    ).toBe('FORBIDDEN');
  });
});
