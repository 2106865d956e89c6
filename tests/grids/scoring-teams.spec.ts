import type { ScoringTeamMemberKind, SetScoringTeamInput } from '../support/generated/graphql';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import type { OrgRef } from '@village/platform-tenancy';
import { arrangeVillage, orgUnits, type ArrangedVillage } from '../support/arrange';
import { arrangeVillagePeople, type VillagePeople } from './grid-fixtures';
import { graphql } from '../support/generated';

const SET_TEAM = graphql(`
  mutation ScoringTeamsSetTeam($input: SetScoringTeamInput!) {
    setScoringTeam(input: $input) {
      id
      number
      name
      members {
        kind
        resident {
          id
          name
        }
      }
    }
  }
`);
const TEAMS = graphql(`
  query ScoringTeamsTeams($villageId: ID!) {
    scoringTeams(villageId: $villageId) {
      id
      number
      name
      members {
        kind
        startDate
        resident {
          id
        }
      }
    }
  }
`);
const SET_ROTA = graphql(`
  mutation ScoringTeamsSetRota($input: SetCaptainRotaInput!) {
    setCaptainRota(input: $input) {
      id
      version
      startsOn
      periodDays
      captains {
        id
      }
    }
  }
`);
const CAPTAIN_ON = graphql(`
  query ScoringTeamsCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {
    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {
      captain {
        id
        name
      }
      rotaVersion
      index
    }
  }
`);

const ROTAS = graphql(`
  query ScoringTeamsRotas($id: ID!) {
    captainRotas(id: $id) {
      version
      startsOn
      periodDays
      captains {
        id
      }
    }
  }
`);

describe('scoring teams and rotating captains', () => {
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

  const setTeam = (
    members: { residentId: string; kind: ScoringTeamMemberKind }[],
    extra: Partial<SetScoringTeamInput> = {},
  ) =>
    t.gql(
      SET_TEAM,
      { input: { villageId: v.villageId, number: 1, name: '第一评分队', members, ...extra } },
      admin,
    );

  it('refuses a team lacking a kind, naming what is missing', async () => {
    const res = await setTeam([
      { residentId: v.people.p1, kind: 'PARTY_PIONEER' },
      { residentId: v.people.v1, kind: 'VILLAGE_CADRE' },
    ]);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('缺少：群众代表');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('members');
    const none = await t.db.adminQuery('SELECT 1 FROM scoring_team WHERE village_id = $1', [v.villageId]);
    expect(none).toHaveLength(0);
  });

  it('refuses a non-party-member as party pioneer, and a resident who moved out', async () => {
    const res = await setTeam([
      { residentId: v.people.v2, kind: 'PARTY_PIONEER' },
      { residentId: v.people.v1, kind: 'VILLAGE_CADRE' },
      { residentId: v.people.r1, kind: 'MASSES_REPRESENTATIVE' },
    ]);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain(`${village.name}v2 不是党员`);
    const gone = await setTeam([
      { residentId: v.people.p1, kind: 'PARTY_PIONEER' },
      { residentId: v.people.gone1, kind: 'VILLAGE_CADRE' },
      { residentId: v.people.r1, kind: 'MASSES_REPRESENTATIVE' },
    ]);
    expect(errorCode(gone)).toBe('BAD_USER_INPUT');
  });

  it('sets a valid team, and a new member list ends the old memberships without deleting them', async () => {
    const res = await setTeam(
      [
        { residentId: v.people.p1, kind: 'PARTY_PIONEER' },
        { residentId: v.people.v1, kind: 'VILLAGE_CADRE' },
        { residentId: v.people.r1, kind: 'MASSES_REPRESENTATIVE' },
      ],
      { effectiveFrom: '2026-01-01' },
    );
    expect(res.errors).toBeUndefined();
    const teamId = expectOk(res).setScoringTeam.id;

    const next = await setTeam(
      [
        { residentId: v.people.p1, kind: 'PARTY_PIONEER' },
        { residentId: v.people.p2, kind: 'PARTY_PIONEER' },
        { residentId: v.people.v1, kind: 'VILLAGE_CADRE' },
        { residentId: v.people.r2, kind: 'MASSES_REPRESENTATIVE' },
      ],
      { effectiveFrom: '2026-02-01', name: '第一评分队（调整）' },
    );
    expect(next.errors).toBeUndefined();
    expect(expectOk(next).setScoringTeam.id).toBe(teamId);

    const list = await t.gql(TEAMS, { villageId: v.villageId }, admin);
    expect(list.data?.scoringTeams).toHaveLength(1);
    expect(list.data?.scoringTeams[0].name).toBe('第一评分队（调整）');
    expect(
      list.data?.scoringTeams[0].members.map((m: { resident: { id: string } }) => m.resident.id).sort(),
    ).toEqual([v.people.p1, v.people.p2, v.people.v1, v.people.r2].sort());
    const history = await t.db.adminQuery<{ n: number; ended: number }>(
      `SELECT count(*)::int AS n, count(end_date)::int AS ended FROM scoring_team_member WHERE team_id = $1`,
      [teamId],
    );
    expect(history).toEqual([{ n: 7, ended: 3 }]);
  });

  it('answers the captain on a date, wrapping around, and a newer rota version wins from its start', async () => {
    const created = await setTeam(
      [
        { residentId: v.people.p1, kind: 'PARTY_PIONEER' },
        { residentId: v.people.p2, kind: 'PARTY_PIONEER' },
        { residentId: v.people.v1, kind: 'VILLAGE_CADRE' },
        { residentId: v.people.r2, kind: 'MASSES_REPRESENTATIVE' },
      ],
      { number: 2, name: '第二评分队', effectiveFrom: '2026-02-01' },
    );
    const rotaTeamId = expectOk(created).setScoringTeam.id;
    expect(rotaTeamId).toBeDefined();
    const before = await t.gql(
      CAPTAIN_ON,
      { villageId: v.villageId, teamNumber: 2, date: '2026-03-01' },
      admin,
    );
    expect(errorCode(before)).toBe('NOT_FOUND');

    const outsider = await t.gql(
      SET_ROTA,
      {
        input: {
          teamId: rotaTeamId,
          startsOn: '2026-03-01',
          periodDays: 30,
          residentIds: [v.people.p1, v.people.r1],
        },
      },
      admin,
    );
    expect(errorCode(outsider)).toBe('BAD_USER_INPUT'); // r1 is not on this team

    const order = [v.people.p1, v.people.v1, v.people.r2];
    const v1 = await t.gql(
      SET_ROTA,
      { input: { teamId: rotaTeamId, startsOn: '2026-03-01', periodDays: 30, residentIds: order } },
      admin,
    );
    expect(v1.data?.setCaptainRota).toMatchObject({ version: 1, periodDays: 30 });

    const captainOn = async (date: string) => {
      const res = await t.gql(CAPTAIN_ON, { villageId: v.villageId, teamNumber: 2, date }, admin);
      const on = expectOk(res).captainOn;
      if (!on) throw new Error(`no captain on ${date}`);
      return on;
    };
    expect((await captainOn('2026-03-01')).captain.id).toBe(order[0]);
    expect((await captainOn('2026-03-30')).captain.id).toBe(order[0]); // day 29
    expect((await captainOn('2026-03-31')).captain.id).toBe(order[1]); // day 30
    expect((await captainOn('2026-05-29')).captain.id).toBe(order[2]); // day 89
    expect(await captainOn('2026-05-30')).toMatchObject({ index: 0, captain: { id: order[0] } }); // wraps
    const early = await t.gql(
      CAPTAIN_ON,
      { villageId: v.villageId, teamNumber: 2, date: '2026-02-28' },
      admin,
    );
    expect(errorCode(early)).toBe('NOT_FOUND');
    expect(early.errors?.[0].message).toContain('还没有轮值队长安排');

    const weekly = [v.people.p2, v.people.r2];
    const v2 = await t.gql(
      SET_ROTA,
      { input: { teamId: rotaTeamId, startsOn: '2026-06-01', periodDays: 7, residentIds: weekly } },
      admin,
    );
    expect(v2.data?.setCaptainRota.version).toBe(2);
    expect((await captainOn('2026-05-31')).rotaVersion).toBe(1); // before version 2 starts
    expect(await captainOn('2026-06-01')).toMatchObject({ rotaVersion: 2, captain: { id: weekly[0] } });
    expect((await captainOn('2026-06-08')).captain.id).toBe(weekly[1]);
    expect((await captainOn('2026-06-15')).captain.id).toBe(weekly[0]);
    const rotas = await t.gql(ROTAS, { id: rotaTeamId }, admin);
    expect(rotas.data?.captainRotas).toEqual([
      { version: 2, startsOn: '2026-06-01', periodDays: 7, captains: weekly.map((id) => ({ id })) },
      { version: 1, startsOn: '2026-03-01', periodDays: 30, captains: order.map((id) => ({ id })) },
    ]);
  });

  it('other teams answer NOT_FOUND until they exist', async () => {
    const res = await t.gql(CAPTAIN_ON, { villageId: v.villageId, teamNumber: 3, date: '2026-06-01' }, admin);
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('the app role cannot rewrite rota versions or reopen ended memberships in the database', async () => {
    await setTeam(
      [
        { residentId: v.people.p2, kind: 'PARTY_PIONEER' },
        { residentId: v.people.v3, kind: 'VILLAGE_CADRE' },
        { residentId: v.people.r1, kind: 'MASSES_REPRESENTATIVE' },
      ],
      { number: 3, name: '第三评分队', effectiveFrom: '2026-01-01' },
    );
    const [team] = await t.db.adminQuery<{ id: string }>(
      'SELECT id FROM scoring_team WHERE number = 3 AND village_id = $1',
      [v.villageId],
    );
    await t.gql(
      SET_ROTA,
      { input: { teamId: team.id, startsOn: '2026-01-01', periodDays: 30, residentIds: [v.people.p2] } },
      admin,
    );
    await setTeam(
      [
        { residentId: v.people.p2, kind: 'PARTY_PIONEER' },
        { residentId: v.people.v4, kind: 'VILLAGE_CADRE' },
        { residentId: v.people.r1, kind: 'MASSES_REPRESENTATIVE' },
      ],
      { number: 3, name: '第三评分队', effectiveFrom: '2026-02-01' },
    );
    const { Client } = await import('pg');
    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    const inScope = async (sql: string) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.scope_villages', $1, true)`, [`{${v.villageId}}`]);
      try {
        return await client.query(sql);
      } finally {
        await client.query('ROLLBACK');
      }
    };
    try {
      await expect(inScope('UPDATE captain_rota SET period_days = 1')).rejects.toThrow(
        /permission denied|append-only/,
      );
      await expect(
        inScope('UPDATE scoring_team_member SET end_date = NULL WHERE end_date IS NOT NULL'),
      ).rejects.toThrow(/append-only|refused/);
      await expect(inScope('DELETE FROM scoring_team_member')).rejects.toThrow(/permission denied/);
      await expect(inScope('UPDATE scoring_team_member SET kind = kind')).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await client.end();
    }
  });
});
