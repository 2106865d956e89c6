import { graphql } from '../support/generated';
import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import type { OrgRef } from '@village/platform-tenancy';
import { arrangeVillage, orgUnits, type ArrangedVillage } from '../support/arrange';
import { arrangeVillagePeople, type VillagePeople } from './grid-fixtures';

const SET = graphql(`
  mutation SetGovernanceTeam($input: SetGovernanceTeamInput!) {
    setGovernanceTeam(input: $input) {
      id
      version
      leader {
        dutyTitle
        resident {
          id
        }
      }
      deputies {
        dutyTitle
        resident {
          id
        }
      }
      workers {
        fullTime
        resident {
          id
        }
      }
    }
  }
`);
const GET = graphql(`
  query GovernanceTeam($villageId: ID!) {
    governanceTeam(villageId: $villageId) {
      version
      effectiveFrom
      leader {
        role
        dutyTitle
        resident {
          id
          name
        }
      }
      deputies {
        role
        dutyTitle
        resident {
          id
        }
      }
      workers {
        role
        dutyTitle
        fullTime
        resident {
          id
        }
      }
    }
  }
`);

describe('the "1+4+N" governance team', () => {
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
    v = await arrangeVillagePeople(t, village);
    admin = village.admin.token;
  });
  afterAll(() => t.close());

  const deputies = () =>
    [
      [v.people.p2, '党小组长'],
      [v.people.r1, '村民代表组长'],
      [v.people.v1, '网格长'],
      [v.people.v2, '志愿者队长'],
    ].map(([residentId, dutyTitle]) => ({ residentId, dutyTitle }));

  it('is empty until set', async () => {
    const res = await t.gql(GET, { villageId: v.villageId }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.governanceTeam).toBeNull();
  });

  it('refuses 3 deputies, and one person in two places', async () => {
    const three = await t.gql(
      SET,
      {
        input: {
          villageId: v.villageId,
          leaderId: v.people.p1,
          deputies: deputies().slice(0, 3),
          workers: [],
        },
      },
      admin,
    );
    expect(errorCode(three)).toBe('BAD_USER_INPUT');
    expect(three.errors?.[0].extensions?.fields?.[0]).toEqual({
      field: 'deputies',
      reasons: [expect.stringContaining('现有 3 名')],
    });
    const twice = await t.gql(
      SET,
      { input: { villageId: v.villageId, leaderId: v.people.p2, deputies: deputies(), workers: [] } },
      admin,
    );
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(
      await t.db.adminQuery('SELECT 1 FROM governance_team WHERE village_id = $1', [v.villageId]),
    ).toHaveLength(0);
  });

  it('stores 1+4+N, and a change is a new version with the old one kept', async () => {
    const first = await t.gql(
      SET,
      {
        input: {
          villageId: v.villageId,
          leaderId: v.people.p1,
          deputies: deputies(),
          workers: [
            { residentId: v.people.v3, fullTime: true },
            { residentId: v.people.v4, fullTime: false },
          ],
        },
      },
      admin,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.setGovernanceTeam.version).toBe(1);

    const second = await t.gql(
      SET,
      {
        input: {
          villageId: v.villageId,
          leaderId: v.people.p1,
          leaderTitle: '党支部书记',
          deputies: deputies(),
          workers: [],
          effectiveFrom: '2026-07-01',
        },
      },
      admin,
    );
    expect(second.data?.setGovernanceTeam.version).toBe(2);

    const res = await t.gql(GET, { villageId: v.villageId }, admin);
    expect(res.data?.governanceTeam).toMatchObject({
      version: 2,
      effectiveFrom: '2026-07-01',
      leader: {
        role: 'LEADER',
        dutyTitle: '党支部书记',
        resident: { id: v.people.p1, name: `${village.name}p1` },
      },
      workers: [],
    });
    expect(res.data?.governanceTeam?.deputies.map((d) => d.dutyTitle)).toEqual([
      '党小组长',
      '村民代表组长',
      '网格长',
      '志愿者队长',
    ]);
    const versions = await t.db.adminQuery<{ version: number; members: number }>(
      `SELECT t.version, count(m.id)::int AS members FROM governance_team t
         JOIN governance_team_member m ON m.team_id = t.id
        WHERE t.village_id = $1 GROUP BY t.version ORDER BY t.version`,
      [v.villageId],
    );
    expect(versions).toEqual([
      { version: 1, members: 7 },
      { version: 2, members: 5 },
    ]);
  });
});
