import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
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

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('dazetou-admin');
    other = await t.login('houjiaan-admin');
    [{ id: village }] = await t.db.adminQuery<{ id: string }>(
      "SELECT id FROM org_unit WHERE name = '大泽头村'",
    );
  });
  afterAll(() => t.close());

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

    const [outsider] = await t.db.adminQuery<{ id: string }>("SELECT id FROM resident WHERE name = '于建国'");
    const notMember = await t.gql(SET_HEAD, { input: { householdId, residentId: outsider.id } }, admin);
    expect(errorCode(notMember)).toBe('BAD_USER_INPUT');
    const head = await t.gql(SET_HEAD, { input: { householdId, residentId: memberId } }, admin);
    expect(head.data?.setHouseholdHead).toMatchObject({ headResidentId: memberId, headName: '新户主' });

    const [moved] = await t.db.adminQuery<{ id: string }>(
      "SELECT id FROM resident WHERE status = 'MOVED_OUT' LIMIT 1",
    );
    expect(errorCode(await t.gql(SET_LEADER, { input: { gridId, residentId: moved.id } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    const leader = await t.gql(SET_LEADER, { input: { gridId, residentId: memberId } }, admin);
    expect(leader.data?.setGridLeader).toMatchObject({ leaderResidentId: memberId, leaderName: '新户主' });

    const [foreign] = await t.db.adminQuery<{ id: string }>("SELECT id FROM resident WHERE name = '侯振东'");
    expect(errorCode(await t.gql(SET_LEADER, { input: { gridId, residentId: foreign.id } }, admin))).toBe(
      'NOT_FOUND',
    );
  });

  it('keeps 侯家庵村 out of every grid, household and role operation of 大泽头村', async () => {
    const [grid] = await t.db.adminQuery<{ id: string }>(
      'SELECT id FROM grid WHERE village_id = $1 AND code = $2',
      [village, 'G1'],
    );
    const [household] = await t.db.adminQuery<{ id: string }>(
      "SELECT id FROM household WHERE code = 'DZT001'",
    );
    const [resident] = await t.db.adminQuery<{ id: string }>("SELECT id FROM resident WHERE name = '于建国'");
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

    const town = await t.login('songcun-admin');
    expect(
      errorCode(
        await t.gql(END_ROLE, { input: { roleId: role.id, endDate: '2025-01-01', reason: '镇级' } }, town),
      ),
    ).toBe('FORBIDDEN');
  });
});
