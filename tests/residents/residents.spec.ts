import type { CreateResidentInput } from '../support/generated/graphql';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import { arrangeVillage, orgUnits, type ArrangedVillage } from '../support/arrange';
import { idNumberFor } from './id-numbers';

/** What creating a resident and reading one back both return; spread by name below. */
graphql(`
  fragment ResidentsDetailFields on Resident {
    id
    name
    gender
    birthDate
    idNumberMasked
    phone
    status
    isActive
    hasLogin
    household {
      id
      code
      headName
    }
    grid {
      id
      code
      name
      leaderName
    }
    subjectRoles {
      id
      subjectType
      startDate
      endDate
      probationary
      termEnd
      representedHouseholdIds
      endReason
      isCurrent
    }
  }
`);
const CREATE = graphql(`
  mutation ResidentsCreate($input: CreateResidentInput!) {
    createResident(input: $input) {
      ...ResidentsDetailFields
    }
  }
`);
const RESIDENT = graphql(`
  query ResidentsResident($id: ID!) {
    resident(id: $id) {
      ...ResidentsDetailFields
    }
  }
`);
const RESIDENTS = graphql(`
  query ResidentsResidents(
    $villageId: ID!
    $search: String
    $subjectType: SubjectType
    $status: ResidentStatus
    $limit: Int
  ) {
    residents(
      villageId: $villageId
      search: $search
      subjectType: $subjectType
      status: $status
      limit: $limit
    ) {
      total
      items {
        id
        name
        gender
        birthDate
        idNumberMasked
        phone
        status
        isActive
        hasLogin
        household {
          id
          code
          headName
        }
        grid {
          id
          code
          name
          leaderName
        }
        subjectRoles {
          id
          subjectType
          startDate
          endDate
          probationary
          termEnd
          representedHouseholdIds
          endReason
          isCurrent
        }
      }
    }
  }
`);
const CHANGE_STATUS = graphql(`
  mutation ResidentsChangeStatus($input: ChangeResidentStatusInput!) {
    changeResidentStatus(input: $input) {
      id
      status
      isActive
    }
  }
`);
const HISTORY = graphql(`
  query ResidentsHistory($id: ID!) {
    residentStatusChanges(residentId: $id) {
      fromStatus
      toStatus
      reason
      changedBy
    }
  }
`);
const ADD_ROLE = graphql(`
  mutation ResidentsAddRole($input: AddSubjectRoleInput!) {
    addSubjectRole(input: $input) {
      id
      subjectType
      probationary
      endDate
      isCurrent
    }
  }
`);
const END_ROLE = graphql(`
  mutation ResidentsEndRole($input: EndSubjectRoleInput!) {
    endSubjectRole(input: $input) {
      id
      endDate
      endReason
      isCurrent
    }
  }
`);
const UPDATE = graphql(`
  mutation ResidentsUpdate($input: UpdateResidentInput!) {
    updateResident(input: $input) {
      id
      phone
    }
  }
`);
const GRIDS = graphql(`
  query ResidentsGrids($villageId: ID!) {
    grids(villageId: $villageId) {
      id
      code
      name
      leaderName
    }
  }
`);
const HOUSEHOLDS = graphql(`
  query ResidentsHouseholds($villageId: ID!) {
    households(villageId: $villageId, limit: 100) {
      total
      items {
        id
        code
        headName
        memberCount
      }
    }
  }
`);
const CREATE_LOGIN = graphql(`
  mutation ResidentsCreateLogin($input: CreateResidentLoginInput!) {
    createResidentLogin(input: $input) {
      id
      hasLogin
    }
  }
`);
const MY_RESIDENT = graphql(`
  query ResidentsMyResident {
    myResident {
      id
      name
      idNumberMasked
    }
  }
`);

describe('residents (API, real PostgreSQL)', () => {
  let t: TestApp;
  /** The admin of this test's own village, where the tests register people. */
  let admin: string;
  let fresh: ArrangedVillage;
  let villages: Record<string, string>;

  // The tests that register people do so in a village of their own; the demo village is only read.
  beforeEach(async () => {
    fresh = await arrangeVillage(t, (await orgUnits(t))['宋村镇']);
    admin = fresh.admin.token;
  });

  beforeAll(async () => {
    t = await startTestApp();
    const rows = await t.db.adminQuery<{ id: string; name: string }>(
      "SELECT id, name FROM org_unit WHERE level = 'VILLAGE'",
    );
    villages = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  });
  afterAll(() => t.close());

  const newResident = (idNumber: string, extra: Partial<CreateResidentInput> = {}): CreateResidentInput => ({
    villageId: fresh.id,
    name: '测试人',
    gender: 'MALE',
    birthDate: '1980-01-01',
    idNumber,
    phone: '13900000000',
    ...extra,
  });

  it('registers a resident and shows only the masked ID number; the database holds no clear number', async () => {
    const idNumber = idNumberFor('1980-01-01', 901);
    const res = await t.gql(CREATE, { input: newResident(idNumber) }, admin);
    const created = expectOk(res).createResident;
    expect(created).toMatchObject({
      name: '测试人',
      idNumberMasked: `371081********${idNumber.slice(-4)}`,
      status: 'ACTIVE',
      isActive: true,
      hasLogin: false,
    });
    expect(JSON.stringify(res)).not.toContain(idNumber);

    const list = await t.gql(RESIDENTS, { villageId: fresh.id, search: idNumber }, admin);
    expect(list.data?.residents.items.map((r: { id: string }) => r.id)).toEqual([created.id]);
    expect(JSON.stringify(list)).not.toContain(idNumber);
    const one = await t.gql(RESIDENT, { id: created.id }, admin);
    expect(one.data?.resident.id).toBe(created.id);
    expect(JSON.stringify(one)).not.toContain(idNumber);

    const [row] = await t.db.adminQuery<Record<string, string>>('SELECT * FROM resident WHERE id = $1', [
      created.id,
    ]);
    expect(row.id_number_cipher).not.toContain(idNumber.slice(6, 14));
    expect(row.id_number_hash).toHaveLength(64);
    expect(Object.values(row).map(String)).not.toContain(idNumber);
    const audit = await t.db.adminQuery<{ detail: unknown }>(
      "SELECT detail FROM audit_log WHERE operation = 'createResident'",
    );
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(idNumber);

    const again = await t.gql(CREATE, { input: newResident(idNumber, { name: '重复' }) }, admin);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.fields?.[0].field).toBe('idNumber');
  });

  it('refuses an invalid ID number, and a birth date that does not match it, naming the field', async () => {
    const good = idNumberFor('1980-01-01', 903);
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const bad = await t.gql(CREATE, { input: newResident(wrongCheck) }, admin);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'idNumber', reasons: ['身份证号格式或校验位不正确'] },
    ]);

    const mismatch = await t.gql(
      CREATE,
      { input: newResident(idNumberFor('1980-01-01', 905), { birthDate: '1981-01-01' }) },
      admin,
    );
    expect(errorCode(mismatch)).toBe('BAD_USER_INPUT');
    expect(mismatch.errors?.[0].extensions?.fields?.[0].field).toBe('birthDate');
  });

  it('lists the demo people with grids, households and roles, filtered by subject type', async () => {
    const village = villages['大泽头村'];
    const admin = await t.login('dazetou-admin');
    const grids = await t.gql(GRIDS, { villageId: village }, admin);
    expect(grids.data?.grids.map((g: { name: string }) => g.name)).toEqual([
      '第一网格',
      '第二网格',
      '第三网格',
      '第四网格',
    ]);
    expect(grids.data?.grids.every((g: { leaderName: string | null }) => g.leaderName)).toBe(true);

    const households = await t.gql(HOUSEHOLDS, { villageId: village }, admin);
    expect(households.data?.households.total).toBe(12);
    expect(households.data?.households.items[0]).toMatchObject({
      code: 'DZT001',
      headName: '于建国',
      memberCount: 3,
    });

    const party = await t.gql(
      RESIDENTS,
      { villageId: village, subjectType: 'PARTY_MEMBER', limit: 100 },
      admin,
    );
    expect(party.data?.residents.total).toBe(8);
    const moved = await t.gql(RESIDENTS, { villageId: village, status: 'MOVED_OUT' }, admin);
    expect(moved.data?.residents.items).toEqual([
      expect.objectContaining({ name: '王德胜', isActive: false }),
    ]);
    const one = await t.gql(RESIDENTS, { villageId: village, search: '于建国' }, admin);
    const person = one.data?.residents.items[0];
    expect(person?.household).toMatchObject({ code: 'DZT001', headName: '于建国' });
    expect(person?.grid).toMatchObject({ name: '第一网格' });
    expect(person?.subjectRoles.map((r: { subjectType: string }) => r.subjectType).sort()).toEqual([
      'ELDER',
      'PARTY_MEMBER',
      'VILLAGER',
    ]);
  });

  it('appends status changes to the history and keeps it append-only', async () => {
    const created = await t.gql(
      CREATE,
      { input: newResident(idNumberFor('1975-05-05', 907), { birthDate: '1975-05-05' }) },
      admin,
    );
    const id = expectOk(created).createResident.id;
    const moved = await t.gql(
      CHANGE_STATUS,
      { input: { residentId: id, status: 'MOVED_OUT', reason: '迁往城区' } },
      admin,
    );
    expect(moved.data?.changeResidentStatus).toMatchObject({ status: 'MOVED_OUT', isActive: false });
    await t.gql(CHANGE_STATUS, { input: { residentId: id, status: 'ACTIVE', reason: '迁回本村' } }, admin);
    const same = await t.gql(
      CHANGE_STATUS,
      { input: { residentId: id, status: 'ACTIVE', reason: '重复' } },
      admin,
    );
    expect(errorCode(same)).toBe('BAD_USER_INPUT');
    const history = await t.gql(HISTORY, { id }, admin);
    expect(history.data?.residentStatusChanges).toEqual([
      expect.objectContaining({ fromStatus: 'ACTIVE', toStatus: 'MOVED_OUT', reason: '迁往城区' }),
      expect.objectContaining({ fromStatus: 'MOVED_OUT', toStatus: 'ACTIVE', reason: '迁回本村' }),
    ]);
    await expect(
      t.db.adminQuery('UPDATE resident_status_change SET reason = $1', ['改写']),
    ).rejects.toThrow();
  });

  it('adds subject roles, refuses an overlapping one of the same type, and ends roles without deleting', async () => {
    const created = await t.gql(
      CREATE,
      { input: newResident(idNumberFor('1970-07-07', 909), { birthDate: '1970-07-07' }) },
      admin,
    );
    const id = expectOk(created).createResident.id;
    const party = await t.gql(
      ADD_ROLE,
      { input: { residentId: id, subjectType: 'PARTY_MEMBER', startDate: '2020-01-01', probationary: true } },
      admin,
    );
    expect(party.data?.addSubjectRole).toMatchObject({
      subjectType: 'PARTY_MEMBER',
      probationary: true,
      isCurrent: true,
    });
    const overlap = await t.gql(
      ADD_ROLE,
      { input: { residentId: id, subjectType: 'PARTY_MEMBER', startDate: '2022-01-01' } },
      admin,
    );
    expect(errorCode(overlap)).toBe('CONFLICT');
    const volunteer = await t.gql(
      ADD_ROLE,
      { input: { residentId: id, subjectType: 'VOLUNTEER', startDate: '2022-01-01' } },
      admin,
    );
    expect(volunteer.errors).toBeUndefined();
    const wrongFlag = await t.gql(
      ADD_ROLE,
      { input: { residentId: id, subjectType: 'ELDER', startDate: '2022-01-01', probationary: true } },
      admin,
    );
    expect(errorCode(wrongFlag)).toBe('BAD_USER_INPUT');

    const ended = await t.gql(
      END_ROLE,
      { input: { roleId: expectOk(party).addSubjectRole.id, endDate: '2023-06-30', reason: '转为正式党员' } },
      admin,
    );
    expect(ended.data?.endSubjectRole).toMatchObject({
      endDate: '2023-06-30',
      endReason: '转为正式党员',
      isCurrent: false,
    });
    const full = await t.gql(
      ADD_ROLE,
      { input: { residentId: id, subjectType: 'PARTY_MEMBER', startDate: '2023-07-01' } },
      admin,
    );
    expect(full.errors).toBeUndefined();
    const roles = await t.db.adminQuery('SELECT 1 FROM subject_role WHERE resident_id = $1', [id]);
    expect(roles).toHaveLength(3);
  });

  it('keeps other villages out: houjiaan-admin sees nothing of 大泽头村 and cannot change it', async () => {
    const other = await t.login('houjiaan-admin');
    const [target] = await t.db.adminQuery<{ id: string }>("SELECT id FROM resident WHERE name = '于建国'");
    expect(errorCode(await t.gql(RESIDENT, { id: target.id }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(RESIDENTS, { villageId: villages['大泽头村'] }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(GRIDS, { villageId: villages['大泽头村'] }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(HOUSEHOLDS, { villageId: villages['大泽头村'] }, other))).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(UPDATE, { input: { residentId: target.id, phone: '13000000000' } }, other)),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(
          CHANGE_STATUS,
          { input: { residentId: target.id, status: 'DECEASED', reason: 'x' } },
          other,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(
          CREATE,
          { input: newResident(idNumberFor('1960-06-06', 911), { birthDate: '1960-06-06' }) },
          other,
        ),
      ),
    ).toBe('NOT_FOUND');
    const own = await t.gql(RESIDENTS, { villageId: villages['侯家庵村'] }, other);
    expect(own.data?.residents.total).toBe(4);
    const [row] = await t.db.adminQuery<{ phone: string; status: string }>(
      'SELECT phone, status FROM resident WHERE id = $1',
      [target.id],
    );
    expect(row.status).toBe('ACTIVE');
    expect(row.phone).not.toBe('13000000000');
  });

  it('lets the town admin read 大泽头村 residents but not change them', async () => {
    const town = await t.login('songcun-admin');
    const list = await t.gql(RESIDENTS, { villageId: villages['大泽头村'], limit: 100 }, town);
    expect(list.data?.residents.total).toBeGreaterThanOrEqual(40);
    const [target] = await t.db.adminQuery<{ id: string }>("SELECT id FROM resident WHERE name = '于建国'");
    expect(
      errorCode(await t.gql(UPDATE, { input: { residentId: target.id, phone: '13000000000' } }, town)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          CREATE,
          { input: newResident(idNumberFor('1960-06-06', 913), { birthDate: '1960-06-06' }) },
          town,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('gives a resident a login; myResident returns only their own record', async () => {
    const created = await t.gql(
      CREATE,
      { input: newResident(idNumberFor('1990-09-09', 915), { birthDate: '1990-09-09', name: '新账号' }) },
      admin,
    );
    const id = expectOk(created).createResident.id;
    const short = await t.gql(
      CREATE_LOGIN,
      { input: { residentId: id, username: 'dzt-new', password: 'short' } },
      admin,
    );
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const taken = await t.gql(
      CREATE_LOGIN,
      { input: { residentId: id, username: 'houjiaan-admin', password: 'Secret@123' } },
      admin,
    );
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].extensions?.fields?.[0].field).toBe('username');
    const ok = await t.gql(
      CREATE_LOGIN,
      { input: { residentId: id, username: 'dzt-new', password: 'Secret@123' } },
      admin,
    );
    expect(ok.data?.createResidentLogin).toEqual({ id, hasLogin: true });

    const token = await t.login('dzt-new', 'Secret@123');
    const mine = await t.gql(MY_RESIDENT, {}, token);
    expect(mine.data?.myResident).toMatchObject({ id, name: '新账号' });
    expect(errorCode(await t.gql(RESIDENTS, { villageId: fresh.id }, token))).toBe('FORBIDDEN');

    const demo = await t.gql(MY_RESIDENT, {}, await t.login('dazetou-resident'));
    expect(demo.data?.myResident).toMatchObject({ name: '李秀英' });
    const none = await t.gql(MY_RESIDENT, {}, admin);
    expect(none.data?.myResident).toBeNull();

    const other = await t.gql(
      CREATE_LOGIN,
      { input: { residentId: id, username: 'dzt-other', password: 'Secret@123' } },
      await t.login('houjiaan-admin'),
    );
    expect(errorCode(other)).toBe('NOT_FOUND');
  });
});
