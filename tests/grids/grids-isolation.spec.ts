import { graphql } from '../support/generated';
import { Role } from '@village/platform-common';
import { errorCode, startTestApp, type AnyDocument, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeUser,
  arrangeVillage,
  orgUnits,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';
import { arrangeVillagePeople, type VillagePeople } from './grid-fixtures';

const POSTS = graphql(`
  query GridsIsolationPosts($villageId: ID!) {
    posts(villageId: $villageId) {
      total
      items {
        id
        holders {
          id
        }
      }
    }
  }
`);
const POST = graphql(`
  query GridsIsolationPost($id: ID!) {
    post(id: $id) {
      id
    }
  }
`);
const TEAMS = graphql(`
  query GridsIsolationTeams($villageId: ID!) {
    scoringTeams(villageId: $villageId) {
      id
      members {
        kind
      }
    }
  }
`);
const CAPTAIN_ON = graphql(`
  query GridsIsolationCaptainOn($villageId: ID!) {
    captainOn(villageId: $villageId, teamNumber: 1, date: "2026-03-01") {
      captain {
        id
      }
    }
  }
`);
const GOVERNANCE = graphql(`
  query GridsIsolationGovernance($villageId: ID!) {
    governanceTeam(villageId: $villageId) {
      version
    }
  }
`);
const HISTORY = graphql(`
  query GridsIsolationHistory($id: ID!) {
    postAssignments(id: $id) {
      id
    }
  }
`);
const ROTAS = graphql(`
  query GridsIsolationRotas($id: ID!) {
    captainRotas(id: $id) {
      version
    }
  }
`);
const CREATE_POST = graphql(`
  mutation GridsIsolationCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`);
const ASSIGN = graphql(`
  mutation GridsIsolationAssign($input: AssignPostHolderInput!) {
    assignPostHolder(input: $input) {
      id
    }
  }
`);
const END = graphql(`
  mutation GridsIsolationEnd($input: EndPostAssignmentInput!) {
    endPostAssignment(input: $input) {
      id
    }
  }
`);
const SET_TEAM = graphql(`
  mutation GridsIsolationSetTeam($input: SetScoringTeamInput!) {
    setScoringTeam(input: $input) {
      id
    }
  }
`);
const SET_ROTA = graphql(`
  mutation GridsIsolationSetRota($input: SetCaptainRotaInput!) {
    setCaptainRota(input: $input) {
      id
    }
  }
`);
const SET_GOV = graphql(`
  mutation GridsIsolationSetGov($input: SetGovernanceTeamInput!) {
    setGovernanceTeam(input: $input) {
      id
    }
  }
`);

describe('grids, posts and teams across tenants', () => {
  let t: TestApp;
  let dz: VillagePeople;
  let hj: VillagePeople;
  let postId: string;
  let assignmentId: string;
  let teamId: string;
  let teamInput: Record<string, unknown>;
  let govInput: Record<string, unknown>;
  let dzVillage: ArrangedVillage;
  let hjVillage: ArrangedVillage;
  let townAdmin: ArrangedUser;
  let resident: ArrangedUser;

  // The tests below only read or are refused, so they share one arrangement.
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // these suites arrange their own people
    const units = await orgUnits(t);
    dzVillage = await arrangeVillage(t, units['宋村镇']);
    hjVillage = await arrangeVillage(t, units['文登营镇']);
    dz = await arrangeVillagePeople(t, dzVillage);
    hj = await arrangeVillagePeople(t, hjVillage);
    townAdmin = await arrangeUser(t, units['宋村镇'], Role.TOWN_ADMIN);
    resident = (await arrangeResident(t, dzVillage, { login: true })).user as ArrangedUser;
    const admin = dzVillage.admin.token;
    const ok = async (document: AnyDocument, input: Record<string, unknown>) => {
      const res = await t.gqlLoose(document, { input }, admin);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return Object.values(res.data ?? {})[0] as { id: string };
    };
    postId = (await ok(CREATE_POST, { gridId: dz.gridIds[0], name: '平安巡防岗' })).id;
    assignmentId = (await ok(ASSIGN, { postId, residentId: dz.people.v1, startDate: '2026-01-01' })).id;
    teamInput = {
      villageId: dz.villageId,
      number: 1,
      name: '第一评分队',
      members: [
        { residentId: dz.people.p1, kind: 'PARTY_PIONEER' },
        { residentId: dz.people.v1, kind: 'VILLAGE_CADRE' },
        { residentId: dz.people.r1, kind: 'MASSES_REPRESENTATIVE' },
      ],
    };
    teamId = (await ok(SET_TEAM, teamInput)).id;
    await ok(SET_ROTA, { teamId, startsOn: '2026-01-01', periodDays: 30, residentIds: [dz.people.p1] });
    govInput = {
      villageId: dz.villageId,
      leaderId: dz.people.p1,
      deputies: [dz.people.p2, dz.people.r1, dz.people.v1, dz.people.v2].map((residentId) => ({
        residentId,
        dutyTitle: '副手',
      })),
      workers: [],
    };
    await ok(SET_GOV, govInput);
  });
  afterAll(() => t.close());

  it("another village's admin can neither read nor change this village's posts and teams", async () => {
    const token = hjVillage.admin.token;
    for (const query of [POSTS, TEAMS, CAPTAIN_ON, GOVERNANCE]) {
      expect(errorCode(await t.gqlLoose(query, { villageId: dz.villageId }, token))).toBe('NOT_FOUND');
    }
    expect(errorCode(await t.gql(POST, { id: postId }, token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(HISTORY, { id: postId }, token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ROTAS, { id: teamId }, token))).toBe('NOT_FOUND');
    const writes: [AnyDocument, Record<string, unknown>][] = [
      [CREATE_POST, { gridId: dz.gridIds[0], name: '入侵岗' }],
      [ASSIGN, { postId, residentId: dz.people.v2, startDate: '2026-01-01' }],
      [END, { assignmentId, endDate: '2026-02-01', reason: '越权' }],
      [SET_TEAM, teamInput],
      [SET_ROTA, { teamId, startsOn: '2026-01-01', periodDays: 7, residentIds: [dz.people.p1] }],
      [SET_GOV, govInput],
    ];
    for (const [query, input] of writes) {
      expect(errorCode(await t.gqlLoose(query, { input }, token))).toBe('NOT_FOUND');
    }
    // Its own village's lists stay its own.
    const own = await t.gql(POSTS, { villageId: hj.villageId }, token);
    expect(own.data?.posts.total).toBe(0);
    await assertUnchanged();
  });

  it('a village admin cannot put a resident of another village on its posts or teams', async () => {
    const token = dzVillage.admin.token;
    const res = await t.gql(
      ASSIGN,
      { input: { postId, residentId: hj.people.v1, startDate: '2026-01-01' } },
      token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const team = await t.gqlLoose(
      SET_TEAM,
      {
        input: {
          ...teamInput,
          members: [
            ...(teamInput.members as object[]),
            { residentId: hj.people.r1, kind: 'MASSES_REPRESENTATIVE' },
          ],
        },
      },
      token,
    );
    expect(errorCode(team)).toBe('BAD_USER_INPUT');
  });

  it('the town admin reads (GRID_READ) but cannot write', async () => {
    const token = townAdmin.token;
    const posts = await t.gql(POSTS, { villageId: dz.villageId }, token);
    expect(posts.data?.posts.total).toBe(1);
    expect(posts.data?.posts.items[0].holders).toHaveLength(1);
    expect((await t.gql(TEAMS, { villageId: dz.villageId }, token)).data?.scoringTeams).toHaveLength(1);
    expect((await t.gql(GOVERNANCE, { villageId: dz.villageId }, token)).data?.governanceTeam?.version).toBe(
      1,
    );
    expect((await t.gql(CAPTAIN_ON, { villageId: dz.villageId }, token)).data?.captainOn.captain.id).toBe(
      dz.people.p1,
    );
    for (const [query, input] of [
      [CREATE_POST, { gridId: dz.gridIds[0], name: '镇级岗' }],
      [SET_TEAM, teamInput],
      [SET_GOV, govInput],
    ] as const) {
      expect(errorCode(await t.gqlLoose(query, { input }, token))).toBe('FORBIDDEN');
    }
    await assertUnchanged();
  });

  it('a resident without GRID_READ cannot read them', async () => {
    const token = resident.token;
    expect(errorCode(await t.gql(POSTS, { villageId: dz.villageId }, token))).toBe('FORBIDDEN');
  });

  async function assertUnchanged() {
    const counts = await t.db.adminQuery<Record<string, number>>(
      `SELECT
      (SELECT count(*)::int FROM post WHERE village_id = ANY($1)) AS posts,
      (SELECT count(*)::int FROM post_assignment WHERE end_date IS NULL AND village_id = ANY($1)) AS open_terms,
      (SELECT count(*)::int FROM scoring_team_member WHERE village_id = ANY($1)) AS members,
      (SELECT count(*)::int FROM captain_rota WHERE village_id = ANY($1)) AS rotas,
      (SELECT count(*)::int FROM governance_team WHERE village_id = ANY($1)) AS governance`,
      [[dz.villageId, hj.villageId]],
    );
    expect(counts[0]).toEqual({ posts: 1, open_terms: 1, members: 3, rotas: 1, governance: 1 });
  }
});
