import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { CONTRACT_COVERAGE } from '../support/documents/contracts';
import { VILLAGE_SCORING_LIST } from '../support/documents/rulebook';
import { graphql } from '../support/generated';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';

/** The demo village's people, grids, posts, teams and captain on one day, in one request. */
const PEOPLE_AND_GRIDS = graphql(`
  query DemoVillagePeople($v: ID!, $captainOn: String!) {
    residents(villageId: $v, limit: 100) {
      total
    }
    partyMembers: residents(villageId: $v, subjectType: PARTY_MEMBER, limit: 100) {
      total
    }
    grids(villageId: $v) {
      id
      name
    }
    posts(villageId: $v, limit: 100) {
      total
      items {
        holders {
          id
        }
      }
    }
    scoringTeams(villageId: $v) {
      number
      members {
        kind
      }
    }
    governanceTeam(villageId: $v) {
      deputies {
        dutyTitle
      }
    }
    captainOn(villageId: $v, teamNumber: 1, date: $captainOn) {
      captain {
        name
      }
    }
  }
`);

/**
 * The demo data a newcomer sees: 大泽头村 runs the whole set-up chain — an adopted scoring list from the
 * 宋村镇 manual on the published 2026 framework, its people, four grids with six posts each, three scoring
 * teams with a captain rota, the 1+4+N team and signed 2026 contracts.
 */
describe('demo village 大泽头村', () => {
  let t: TestApp;
  let token: string;
  let villageId: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('dazetou-admin');
    [{ id: villageId }] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM org_unit WHERE name = '大泽头村'`,
    );
  });
  afterAll(() => t.close());

  it('has an adopted scoring list with framework, town and village items', async () => {
    const res = await t.gql(VILLAGE_SCORING_LIST, { villageId, year: DEMO_YEAR }, token);
    expect(res.errors).toBeUndefined();
    const list = expectOk(res).villageScoringList;
    expect(list?.status).toBe('ADOPTED');
    const items = list?.items ?? [];
    const sources = new Set(items.map((i) => i.source));
    expect(sources).toEqual(new Set(['FRAMEWORK', 'TOWN', 'VILLAGE']));
    const codes = items.map((i) => i.code);
    expect(codes).not.toContain('N26'); // disabled by the 宋村镇 manual
    expect(items.filter((i) => /^P/.test(i.code)).length).toBeGreaterThanOrEqual(19);
    expect(items.filter((i) => /^N/.test(i.code)).length).toBeGreaterThanOrEqual(36);
  });

  it('has its people, four grids with six posts each, three teams with captains and the 1+4+N team', async () => {
    const res = await t.gql(PEOPLE_AND_GRIDS, { v: villageId, captainOn: `${DEMO_YEAR}-06-15` }, token);
    expect(res.errors).toBeUndefined();
    const d = expectOk(res);
    expect(d.residents.total).toBeGreaterThanOrEqual(30);
    expect(d.partyMembers.total).toBeGreaterThanOrEqual(5);
    expect(d.grids).toHaveLength(4);
    expect(d.posts.total).toBe(24);
    expect(d.posts.items.every((p) => p.holders.length > 0)).toBe(true);
    expect(d.scoringTeams.map((team) => team.number).sort()).toEqual([1, 2, 3]);
    expect(d.governanceTeam?.deputies).toHaveLength(4);
    expect(d.captainOn?.captain.name).toBeTruthy();
  });

  it('has its contracts for the demo year generated and mostly signed', async () => {
    const res = await t.gql(CONTRACT_COVERAGE, { villageId, year: DEMO_YEAR }, token);
    expect(res.errors).toBeUndefined();
    const coverage = expectOk(res).contractCoverage;
    expect(coverage.map((c) => c.colour).sort()).toEqual(['BLUE', 'GREEN', 'RED', 'SILVER', 'YELLOW']);
    for (const colour of coverage) {
      expect(colour.eligible).toBeGreaterThan(0);
      expect(colour.signed).toBeGreaterThan(0);
    }
  });
});
