import { graphql } from '../support/generated';
import type { ResidentListListQuery, ResidentListListQueryVariables } from '../support/generated/graphql';
import { GRANT_ROLE } from '../support/documents/accounts';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import { idNumberFor } from './id-numbers';

graphql(`
  fragment ResidentListFields on Resident {
    id
    villageId
    name
    gender
    birthDate
    idNumberMasked
    phone
    status
    isActive
    hasLogin
    createdAt
    householdId
    household {
      id
      villageId
      code
      address
      gridId
      headResidentId
      headName
      memberCount
      createdAt
    }
    gridId
    grid {
      id
      villageId
      code
      name
      leaderResidentId
      leaderName
      createdAt
    }
    subjectRoles {
      id
      residentId
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
const LIST = graphql(`
  query ResidentListList(
    $villageId: ID!
    $limit: Int
    $offset: Int
    $search: String
    $status: ResidentStatus
    $subjectType: SubjectType
    $gridId: ID
    $householdId: ID
  ) {
    residents(
      villageId: $villageId
      limit: $limit
      offset: $offset
      search: $search
      status: $status
      subjectType: $subjectType
      gridId: $gridId
      householdId: $householdId
    ) {
      total
      items {
        ...ResidentListFields
      }
    }
  }
`);
const ONE = graphql(`
  query ResidentListOne($id: ID!) {
    resident(id: $id) {
      ...ResidentListFields
    }
  }
`);
const CREATE = graphql(`
  mutation ResidentListCreate($input: CreateResidentInput!) {
    createResident(input: $input) {
      id
    }
  }
`);
const NEW_ID_NUMBER = idNumberFor('1990-02-03', 78);

type Page = ResidentListListQuery['residents'];
type Item = Page['items'][number];

/**
 * The residents list is one hand-written statement; `resident(id)` still loads the entity graph. The
 * two must answer the same for every resident, and the list's filters and paging must select what the
 * whole list, filtered by hand, says they should.
 */
describe('the residents list (one statement) against the entity path', () => {
  let t: TestApp;
  let token: string;
  let villageId: string;
  let all: Item[];
  const list = async (variables: Omit<ResidentListListQueryVariables, 'villageId'>): Promise<Page> => {
    const res = await t.gql(LIST, { villageId, limit: 100, ...variables }, token);
    expect(res.errors).toBeUndefined();
    if (!res.data) throw new Error('no data');
    return res.data.residents;
  };

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('wendeng-admin');
    const [village] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM org_unit WHERE name = '大泽头村'`,
    );
    villageId = village.id;
    // Someone without household, grid or subject role, so the list's empty branches are compared too.
    const created = await t.gql(
      CREATE,
      {
        input: {
          villageId,
          name: '新登记',
          gender: 'FEMALE',
          birthDate: '1990-02-03',
          idNumber: NEW_ID_NUMBER,
        },
      },
      await t.login('dazetou-admin'),
    );
    expect(created.errors).toBeUndefined();
    all = (await list({})).items;
  });
  afterAll(() => t.close());

  it('answers for every resident exactly what resident(id) answers', async () => {
    expect(all).toHaveLength(41);
    for (const item of all) {
      const one = await t.gql(ONE, { id: item.id }, token);
      expect(one.data?.resident).toEqual(item);
    }
    // The demo has people with and without households, grids and roles: every branch was compared.
    expect(all.some((r) => r.householdId === null)).toBe(true);
    expect(all.some((r) => r.householdId !== null)).toBe(true);
    expect(all.some((r) => r.subjectRoles.length === 0)).toBe(true);
    expect(all.some((r) => r.subjectRoles.length > 1)).toBe(true);
  });

  it('pages in name order and reports the total on every page, past the end included', async () => {
    const pages = await Promise.all([0, 15, 30].map((offset) => list({ limit: 15, offset })));
    expect(pages.map((p) => p.total)).toEqual([41, 41, 41]);
    expect(pages.flatMap((p) => p.items)).toEqual(all);
    expect(await list({ limit: 10, offset: 41 })).toEqual({ total: 41, items: [] });
    expect(await list({ limit: 10, offset: 400 })).toEqual({ total: 41, items: [] });
  });

  it('filters by status, grid, household, subject role held today and search text', async () => {
    const expectFilter = async (variables: Record<string, unknown>, keep: (r: Item) => boolean) => {
      const expected = all.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(await list(variables)).toEqual({ total: expected.length, items: expected });
    };
    const { gridId, householdId } = all[0];
    await expectFilter({ status: 'MOVED_OUT' }, (r) => r.status === 'MOVED_OUT');
    await expectFilter({ gridId }, (r) => r.gridId === gridId);
    await expectFilter(
      { householdId, status: 'ACTIVE' },
      (r) => r.householdId === householdId && r.status === 'ACTIVE',
    );
    await expectFilter({ subjectType: 'PARTY_MEMBER' }, (r) =>
      r.subjectRoles.some((role) => role.subjectType === 'PARTY_MEMBER' && role.isCurrent),
    );
    await expectFilter({ search: ' 于 ' }, (r) => r.name.includes('于'));
    const phone = (all[3].phone ?? '').slice(-5);
    await expectFilter({ search: phone }, (r) => r.name.includes(phone) || (r.phone ?? '').includes(phone));
    await expectFilter({ search: NEW_ID_NUMBER }, (r) => r.name === '新登记');
    // LIKE wildcards in the search text are matched literally.
    expect(await list({ search: '%' })).toEqual({ total: 0, items: [] });
  });

  it('finds the village in the same statement: invisible is NOT_FOUND, visible without the permission FORBIDDEN', async () => {
    const units = await t.db.adminQuery<{ id: string; name: string; district_id: string; town_id: string }>(
      `SELECT id, name, district_id, town_id FROM org_unit WHERE name IN ('大泽头村', '侯家庵村', '宋村镇')`,
    );
    const unit = Object.fromEntries(units.map((u) => [u.name, u]));
    const houjiaan = await t.login('houjiaan-admin');
    const residentsOf = (id: string, token: string) => t.gql(LIST, { villageId: id, limit: 5 }, token);
    expect((await residentsOf(unit['侯家庵村'].id, houjiaan)).errors).toBeUndefined();
    expect(errorCode(await residentsOf(villageId, houjiaan))).toBe('NOT_FOUND');
    expect(errorCode(await residentsOf(unit['宋村镇'].id, token))).toBe('NOT_FOUND'); // a town, not a village

    // Also a resident of 大泽头村: the village is now in scope, but RESIDENT brings no RESIDENT_READ there.
    const dzt = unit['大泽头村'];
    const [houjiaanAdmin] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM app_user WHERE username = 'houjiaan-admin'`,
    );
    expectOk(
      await t.gql(
        GRANT_ROLE,
        { input: { userId: houjiaanAdmin.id, role: 'RESIDENT', unitId: dzt.id } },
        await t.login('wendeng-admin'),
      ),
    );
    const refused = await residentsOf(villageId, houjiaan);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('无权对「大泽头村」执行此操作');
    expect(refused.data).toBeNull();
  });
});
