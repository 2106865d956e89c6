import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import type { OrgRef } from '@village/platform-tenancy';
import { arrangeVillage, orgUnits, type ArrangedVillage } from '../support/arrange';
import { arrangeVillagePeople, type VillagePeople } from './grid-fixtures';
import { graphql } from '../support/generated';

const CREATE_POST = graphql(`
  mutation PostsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      name
      gridId
      villageId
      itemCodes
      holders {
        id
      }
    }
  }
`);
const ASSIGN = graphql(`
  mutation PostsAssign($input: AssignPostHolderInput!) {
    assignPostHolder(input: $input) {
      id
      startDate
      endDate
      resident {
        id
        name
      }
    }
  }
`);
const END = graphql(`
  mutation PostsEnd($input: EndPostAssignmentInput!) {
    endPostAssignment(input: $input) {
      id
      endDate
      endReason
    }
  }
`);
const POSTS = graphql(`
  query PostsPosts($villageId: ID!, $gridId: ID) {
    posts(villageId: $villageId, gridId: $gridId) {
      total
      items {
        id
        name
        holders {
          resident {
            id
            name
          }
          startDate
        }
      }
    }
  }
`);
const POST = graphql(`
  query PostsPost($id: ID!) {
    post(id: $id) {
      id
      name
      duties
      holders {
        id
        resident {
          id
        }
        endDate
      }
    }
  }
`);

const HISTORY = graphql(`
  query PostsHistory($id: ID!) {
    postAssignments(id: $id) {
      resident {
        id
      }
      startDate
      endDate
      endReason
    }
  }
`);

describe('self-governance posts and their holders', () => {
  let t: TestApp;
  let v: VillagePeople;
  let admin: string;

  let town: OrgRef;
  let village: ArrangedVillage;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // these suites arrange their own people
    town = (await orgUnits(t))['宋村镇'];
  });
  // A village of its own for each test: no test sees what another did.
  beforeEach(async () => {
    village = await arrangeVillage(t, town);
    v = await arrangeVillagePeople(t, village, { grids: 3 });
    admin = village.admin.token;
  });
  afterAll(() => t.close());

  const createPost = (name: string, gridId = v.gridIds[0], itemCodes: string[] = ['P-01']) =>
    t.gql(CREATE_POST, { input: { gridId, name, duties: '负责本网格环境卫生', itemCodes } }, admin);

  it('creates a post in a grid, refuses a duplicate name and a malformed item code', async () => {
    const res = await createPost('环境卫生岗');
    expect(res.errors).toBeUndefined();
    expect(res.data?.createPost).toMatchObject({
      name: '环境卫生岗',
      gridId: v.gridIds[0],
      villageId: v.villageId,
      itemCodes: ['P-01'],
      holders: [],
    });
    expect(errorCode(await createPost('环境卫生岗'))).toBe('CONFLICT');
    const other = await createPost('环境卫生岗', v.gridIds[1]);
    expect(other.errors).toBeUndefined();
    const bad = await createPost('巾帼示范岗', v.gridIds[0], ['坏 编码']);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toMatch(/itemCodes/);
  });

  it('assigns holders, refuses overlapping terms and inactive residents, and keeps ended terms', async () => {
    const post = expectOk(await createPost('“和为贵”调解岗')).createPost;
    const assign = (residentId: string, startDate: string, endDate?: string) =>
      t.gql(ASSIGN, { input: { postId: post.id, residentId, startDate, endDate } }, admin);

    const first = await assign(v.people.p1, '2026-01-01');
    expect(first.errors).toBeUndefined();
    expect(first.data?.assignPostHolder.resident).toEqual({ id: v.people.p1, name: `${village.name}p1` });
    const second = await assign(v.people.v1, '2026-01-01');
    expect(second.errors).toBeUndefined();

    // Same person, same post, overlapping term.
    expect(errorCode(await assign(v.people.p1, '2026-06-01'))).toBe('CONFLICT');
    // Not an active resident.
    const gone = await assign(v.people.gone1, '2026-01-01');
    expect(errorCode(gone)).toBe('BAD_USER_INPUT');
    expect(gone.errors?.[0].message).toContain('不在村');

    let read = await t.gql(POST, { id: post.id }, admin);
    expect(read.data?.post.holders.map((h: { resident: { id: string } }) => h.resident.id).sort()).toEqual(
      [v.people.p1, v.people.v1].sort(),
    );

    const ended = await t.gql(
      END,
      {
        input: {
          assignmentId: expectOk(first).assignPostHolder.id,
          endDate: '2026-03-31',
          reason: '外出务工',
        },
      },
      admin,
    );
    expect(ended.data?.endPostAssignment).toMatchObject({ endDate: '2026-03-31', endReason: '外出务工' });
    const again = await t.gql(
      END,
      { input: { assignmentId: expectOk(first).assignPostHolder.id, endDate: '2026-03-30', reason: '再次' } },
      admin,
    );
    expect(errorCode(again)).toBe('CONFLICT');

    read = await t.gql(POST, { id: post.id }, admin);
    expect(read.data?.post.holders.map((h: { resident: { id: string } }) => h.resident.id)).toEqual([
      v.people.v1,
    ]);
    const rows = await t.db.adminQuery<{ end_date: string | null }>(
      `SELECT to_char(end_date, 'YYYY-MM-DD') AS end_date FROM post_assignment WHERE id = $1`,
      [expectOk(first).assignPostHolder.id],
    );
    expect(rows).toEqual([{ end_date: '2026-03-31' }]);

    // After the term ended, the same person may hold the post again; a term inside the old one may not.
    expect(errorCode(await assign(v.people.p1, '2026-03-01', '2026-03-15'))).toBe('CONFLICT');
    expect((await assign(v.people.p1, '2026-04-01')).errors).toBeUndefined();

    const history = await t.gql(HISTORY, { id: post.id }, admin);
    expect(history.data?.postAssignments).toEqual([
      {
        resident: { id: v.people.p1 },
        startDate: '2026-01-01',
        endDate: '2026-03-31',
        endReason: '外出务工',
      },
      { resident: { id: v.people.v1 }, startDate: '2026-01-01', endDate: null, endReason: null },
      { resident: { id: v.people.p1 }, startDate: '2026-04-01', endDate: null, endReason: null },
    ]);
    expect(errorCode(await t.gql(POST, { id: 'not-a-uuid' }, admin))).toBe('BAD_USER_INPUT');
  });

  it('lists posts by village and by grid with their current holders', async () => {
    const grid = v.gridIds[2];
    const patrol = expectOk(await createPost('平安巡防岗', grid)).createPost;
    await createPost('志愿服务岗', grid);
    for (const residentId of [v.people.r1, v.people.r2]) {
      const res = await t.gql(
        ASSIGN,
        { input: { postId: patrol.id, residentId, startDate: '2026-01-01' } },
        admin,
      );
      expect(res.errors).toBeUndefined();
    }
    const inGrid = await t.gql(POSTS, { villageId: v.villageId, gridId: grid }, admin);
    expect(inGrid.data?.posts.total).toBe(2);
    const listed = inGrid.data?.posts.items.find((p: { name: string }) => p.name === '平安巡防岗');
    expect(listed?.holders.map((h: { resident: { id: string } }) => h.resident.id).sort()).toEqual(
      [v.people.r1, v.people.r2].sort(),
    );
    const all = await t.gql(POSTS, { villageId: v.villageId }, admin);
    const rows = await t.db.adminQuery('SELECT 1 FROM post WHERE village_id = $1', [v.villageId]);
    expect(all.data?.posts.total).toBe(rows.length);
    expect(all.data?.posts.total).toBeGreaterThanOrEqual(2);
  });

  // Through the app role's own connection on purpose: the database itself must refuse the rewrite.
  it('the app role cannot reopen an ended term in the database', async () => {
    const post = expectOk(await createPost('环境卫生岗')).createPost;
    const held = await t.gql(
      ASSIGN,
      { input: { postId: post.id, residentId: v.people.p1, startDate: '2026-01-01' } },
      admin,
    );
    const ended = await t.gql(
      END,
      {
        input: {
          assignmentId: expectOk(held).assignPostHolder.id,
          endDate: '2026-03-31',
          reason: '外出务工',
        },
      },
      admin,
    );
    expect(ended.errors).toBeUndefined();
    const { Client } = await import('pg');
    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.scope_villages', $1, true)`, [`{${v.villageId}}`]);
      await expect(
        client.query(
          `UPDATE post_assignment SET end_date = NULL, end_reason = NULL WHERE end_reason IS NOT NULL`,
        ),
      ).rejects.toThrow(/append-only|refused/);
      await client.query('ROLLBACK');
      await expect(client.query('DELETE FROM post_assignment')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });
});
