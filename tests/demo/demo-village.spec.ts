import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { startTestApp, type TestApp } from '../support/test-app';

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
    const res = await t.gql(
      `query($v: ID!) { villageScoringList(villageId: $v, year: ${DEMO_YEAR}) { status items { code source } } }`,
      { v: villageId },
      token,
    );
    expect(res.errors).toBeUndefined();
    const list = res.data?.villageScoringList;
    expect(list.status).toBe('ADOPTED');
    const sources = new Set(list.items.map((i: { source: string }) => i.source));
    expect(sources).toEqual(new Set(['FRAMEWORK', 'TOWN', 'VILLAGE']));
    const codes = list.items.map((i: { code: string }) => i.code);
    expect(codes).not.toContain('N26'); // disabled by the 宋村镇 manual
    expect(list.items.filter((i: { code: string }) => /^P/.test(i.code)).length).toBeGreaterThanOrEqual(19);
    expect(list.items.filter((i: { code: string }) => /^N/.test(i.code)).length).toBeGreaterThanOrEqual(36);
  });

  it('has its people, four grids with six posts each, three teams with captains and the 1+4+N team', async () => {
    const res = await t.gql(
      `query($v: ID!) {
        residents(villageId: $v, limit: 100) { total }
        partyMembers: residents(villageId: $v, subjectType: PARTY_MEMBER, limit: 100) { total }
        grids(villageId: $v) { id name }
        posts(villageId: $v, limit: 100) { total items { holders { id } } }
        scoringTeams(villageId: $v) { number members { kind } }
        governanceTeam(villageId: $v) { deputies { dutyTitle } }
        captainOn(villageId: $v, teamNumber: 1, date: "${DEMO_YEAR}-06-15") { captain { name } }
      }`,
      { v: villageId },
      token,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data as Record<string, any>;
    expect(d.residents.total).toBeGreaterThanOrEqual(30);
    expect(d.partyMembers.total).toBeGreaterThanOrEqual(5);
    expect(d.grids).toHaveLength(4);
    expect(d.posts.total).toBe(24);
    expect(d.posts.items.every((p: { holders: unknown[] }) => p.holders.length > 0)).toBe(true);
    expect(d.scoringTeams.map((team: { number: number }) => team.number).sort()).toEqual([1, 2, 3]);
    expect(d.governanceTeam.deputies).toHaveLength(4);
    expect(d.captainOn.captain.name).toBeTruthy();
  });

  it('has its contracts for the demo year generated and mostly signed', async () => {
    const res = await t.gql(
      `query($v: ID!) { contractCoverage(villageId: $v, year: ${DEMO_YEAR}) { colour eligible signed } }`,
      { v: villageId },
      token,
    );
    expect(res.errors).toBeUndefined();
    const coverage = res.data?.contractCoverage as { colour: string; eligible: number; signed: number }[];
    expect(coverage.map((c) => c.colour).sort()).toEqual(['BLUE', 'GREEN', 'RED', 'SILVER', 'YELLOW']);
    for (const colour of coverage) {
      expect(colour.eligible).toBeGreaterThan(0);
      expect(colour.signed).toBeGreaterThan(0);
    }
  });
});
