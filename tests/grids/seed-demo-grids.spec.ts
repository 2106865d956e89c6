import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { Role } from '@village/platform-common';
import { OrgUnitEntity, TenantDb, type OrgRef } from '@village/platform-tenancy';
import { seedDemoGrids } from '../../apps/api/src/demo/seed-demo-grids';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';
import { arrangeVillage, orgUnits, systemContext, type ArrangedVillage } from '../support/arrange';
import { arrangeVillagePeople } from './grid-fixtures';
import { graphql } from '../support/generated';

const TEAMS = graphql(`
  query SeedDemoGridsTeams($villageId: ID!) {
    scoringTeams(villageId: $villageId) {
      number
      members {
        kind
        resident {
          id
        }
      }
    }
  }
`);
const CAPTAIN_ON = graphql(`
  query SeedDemoGridsCaptainOn($villageId: ID!, $n: Int!, $date: String!) {
    captainOn(villageId: $villageId, teamNumber: $n, date: $date) {
      captain {
        id
      }
      index
    }
  }
`);
const GOVERNANCE = graphql(`
  query SeedDemoGridsGovernance($villageId: ID!) {
    governanceTeam(villageId: $villageId) {
      leader {
        dutyTitle
      }
      deputies {
        dutyTitle
      }
    }
  }
`);

/** The demo's grid seeding (what it does for 大泽头村), run on a village of each test's own. */
describe('demo grids, posts and teams for 大泽头村', () => {
  let t: TestApp;
  let district: OrgRef;
  let town: OrgRef;
  let village: ArrangedVillage;
  const seed = async () => {
    const system = systemContext(district, Role.DISTRICT_ADMIN);
    await t.app
      .get(TenantDb)
      .run(system, async (tx) =>
        seedDemoGrids(tx, await tx.findOneByOrFail(OrgUnitEntity, { id: village.id })),
      );
  };

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // these suites arrange their own people
    const units = await orgUnits(t);
    [district, town] = [units['文登区'], units['宋村镇']];
  });
  beforeEach(async () => {
    village = await arrangeVillage(t, town);
  });
  afterAll(() => t.close());

  it('does nothing while the village has no grids or residents', async () => {
    await seed();
    expect(await t.db.adminQuery('SELECT 1 FROM post WHERE village_id = $1', [village.id])).toHaveLength(0);
    expect(
      await t.db.adminQuery('SELECT 1 FROM scoring_team WHERE village_id = $1', [village.id]),
    ).toHaveLength(0);
  });

  it('creates 6 posts with holders per grid, three valid teams with a monthly rota, and the 1+4+N team', async () => {
    const v = await arrangeVillagePeople(t, village, {
      grids: 4,
      partyMembers: 3,
      representatives: 3,
      villagers: 6,
    });
    await seed();
    await seed(); // a second run adds nothing

    const posts = await t.db.adminQuery<{ grid_id: string; posts: number; holders: number }>(
      `SELECT p.grid_id, count(DISTINCT p.id)::int AS posts, count(a.id)::int AS holders
         FROM post p LEFT JOIN post_assignment a ON a.post_id = p.id
        WHERE p.village_id = $1 GROUP BY p.grid_id`,
      [village.id],
    );
    expect(posts).toHaveLength(4);
    for (const grid of posts) expect(grid).toMatchObject({ posts: 6, holders: 6 });
    const names = await t.db.adminQuery<{ name: string }>(
      'SELECT DISTINCT name FROM post WHERE village_id = $1 ORDER BY name',
      [village.id],
    );
    expect(names.map((n) => n.name)).toContain('“和为贵”调解岗');

    const admin = village.admin.token;
    const teams = expectOk(await t.gql(TEAMS, { villageId: v.villageId }, admin)).scoringTeams;
    expect(teams.map((team: { number: number }) => team.number)).toEqual([1, 2, 3]);
    const partyIds = [v.people.p1, v.people.p2, v.people.p3];
    for (const team of teams) {
      const kinds = team.members.map((m: { kind: string }) => m.kind).sort();
      expect(kinds).toEqual(['MASSES_REPRESENTATIVE', 'PARTY_PIONEER', 'VILLAGE_CADRE']);
      const pioneer = team.members.find((m: { kind: string }) => m.kind === 'PARTY_PIONEER');
      expect(partyIds).toContain(pioneer?.resident.id);
    }
    const captain = await t.gql(
      CAPTAIN_ON,
      { villageId: v.villageId, n: 2, date: `${DEMO_YEAR}-02-15` },
      admin,
    );
    expect(captain.data?.captainOn?.index).toBe(1); // day 45 of a 30-day rota

    const governance = expectOk(await t.gql(GOVERNANCE, { villageId: v.villageId }, admin)).governanceTeam;
    expect(governance?.leader.dutyTitle).toBe('党支部书记');
    expect(governance?.deputies.map((d: { dutyTitle: string }) => d.dutyTitle)).toEqual([
      '党小组长',
      '村民代表组长',
      '网格长',
      '志愿者队长',
    ]);
  });
});
