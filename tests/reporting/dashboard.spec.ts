import { addDays, SubjectType as S } from '@village/platform-common';
import { FiguresRefreshService } from '@village/reporting';
import { TenantDb } from '@village/platform-tenancy';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeDistrict,
  arrangeFinalQuarter,
  arrangeOpenYear,
  arrangeResident,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTown,
  townAdminOf,
  villageItem,
  type ArrangedDistrict,
  type ArrangedVillage,
} from '../support/arrange';
import type { OrgRef } from '@village/platform-tenancy';

/**
 * Dashboards from the roll-up (issue 14 items 4–5): the figures of a seeded town equal the same
 * figures computed here by hand from the raw rows; a district compares its towns, a town its villages;
 * a village admin cannot read another village's roll-ups and a town admin sees only its villages; the
 * watermark skips villages where nothing changed.
 */
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;
const ITEM = villageItem('DB1', '参加义务劳动', { pointsMin: 1, pointsMax: 5 });

const DASHBOARD = graphql(`
  query DashboardOf($unitId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {
    dashboard(unitId: $unitId, year: $year, periodKind: $kind, periodNumber: $number) {
      unitName
      childLevel
      rows {
        unitId
        unitName
        values {
          key
          value
          previous
        }
      }
      total {
        values {
          key
          value
        }
      }
    }
  }
`);

type Values = { key: string; value: number | null }[];
const valueOf = (values: Values, key: string) => values.find((v) => v.key === key)?.value ?? null;

describe('dashboards: a district compares its towns, a town its villages, from the roll-up', () => {
  let t: TestApp;
  let district: ArrangedDistrict;
  let townA: OrgRef;
  let townB: OrgRef;
  const villages: ArrangedVillage[] = [];

  async function village(town: OrgRef, people: [string, number[]][]): Promise<ArrangedVillage> {
    t.setToday(on('01-05'));
    const v = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [ITEM], open: false });
    const periods = await arrangeOpenYear(t, v, DEMO_YEAR);
    const acts: { residentId: string; actedOn: string; points: number }[] = [];
    for (const [name, points] of people) {
      const resident = await arrangeResident(t, v, { name, roles: [S.VILLAGER] });
      points.forEach((p, i) =>
        acts.push({ residentId: resident.id, actedOn: on(`0${1 + (i % 3)}-1${i}`), points: p }),
      );
    }
    // Registered the day after each act, in date order (late entries have a deadline).
    for (const act of acts.sort((a, b) => a.actedOn.localeCompare(b.actedOn))) {
      t.setToday(addDays(act.actedOn, 1));
      await arrangeApprovedAct(t, v, { ...act, itemCode: 'DB1' });
    }
    await arrangeFinalQuarter(t, v, periods, 1);
    return v;
  }

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    district = await arrangeDistrict(t);
    townA = await arrangeTown(t, district.unit);
    townB = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [townA, townB]);
    villages.push(
      await village(townA, [
        ['甲一', [2, 3]],
        ['甲二', [1]],
        ['甲三', []],
      ]),
    );
    villages.push(await village(townA, [['乙一', [5]]]));
    villages.push(
      await village(townB, [
        ['丙一', [1, 1, 1]],
        ['丙二', []],
      ]),
    );
    expect(await t.app.get(FiguresRefreshService).refreshDistrict(district.unit.id)).toBe(3);
  });
  afterAll(() => t.close());

  /** The town's first-quarter figures by hand, from the base tables. */
  async function byHand(townId: string) {
    const q = (sql: string) => t.db.adminQuery<{ n: string }>(sql, [townId, on('01-01'), on('03-31')]);
    const [participants] = await q(
      `SELECT count(DISTINCT resident_id) AS n FROM ledger_entry
        WHERE town_id = $1 AND acted_on BETWEEN $2 AND $3 AND kind <> 'REVERSAL' AND record_level <> 'DISTRICT'`,
    );
    const [declarations] = await q(
      `SELECT count(*) AS n FROM declaration WHERE town_id = $1 AND acted_on BETWEEN $2 AND $3 AND status <> 'AMENDED'`,
    );
    const [approved] = await q(
      `SELECT count(*) AS n FROM declaration WHERE town_id = $1 AND acted_on BETWEEN $2 AND $3 AND status = 'APPROVED'`,
    );
    const [average] = await t.db.adminQuery<{ n: string }>(
      `SELECT round(avg(l.credit_score), 2) AS n FROM score_tally_line l
         JOIN score_tally s ON s.id = l.tally_id
         JOIN scoring_period p ON p.id = s.period_id AND p.kind = 'QUARTER' AND p.number = 1 AND p.year = $2
        WHERE l.town_id = $1 AND s.version = (SELECT max(version) FROM score_tally x WHERE x.period_id = p.id)`,
      [townId, DEMO_YEAR],
    );
    const [residents] = await t.db.adminQuery<{ n: string }>(
      `SELECT count(*) AS n FROM resident WHERE town_id = $1 AND status = 'ACTIVE'`,
      [townId],
    );
    return {
      participants: Number(participants.n),
      declarations: Number(declarations.n),
      approvalRate: Math.round((Number(approved.n) / Number(declarations.n)) * 10000) / 100,
      averageCreditScore: Number(average.n),
      participationRate: Math.round((Number(participants.n) / Number(residents.n)) * 10000) / 100,
    };
  }

  it('gives each town of the district the figures computed by hand from the raw rows', async () => {
    const board = expectOk(
      await t.gql(
        DASHBOARD,
        { unitId: district.unit.id, year: DEMO_YEAR, kind: 'QUARTER', number: 1 },
        district.admin.token,
      ),
    ).dashboard;
    expect(board.childLevel).toBe('TOWN');
    for (const town of [townA, townB]) {
      const row = board.rows.find((r) => r.unitId === town.id);
      if (!row) throw new Error(`no row for ${town.name}`);
      const expected = await byHand(town.id);
      for (const [key, value] of Object.entries(expected)) {
        expect({ town: town.name, key, value: valueOf(row.values, key) }).toEqual({
          town: town.name,
          key,
          value,
        });
      }
    }
    expect(valueOf(board.total.values, 'participants')).toBe(4); // 甲一, 甲二, 乙一, 丙一
    // No previous year in this district: nothing to compare with.
    expect(board.rows[0].values.every((v) => v.previous === null)).toBe(true);
  });

  it('lets a town compare its villages and drill down to one', async () => {
    const townAdmin = await townAdminOf(t, townA);
    const board = expectOk(
      await t.gql(
        DASHBOARD,
        { unitId: townA.id, year: DEMO_YEAR, kind: 'QUARTER', number: 1 },
        townAdmin.token,
      ),
    ).dashboard;
    expect(board.childLevel).toBe('VILLAGE');
    expect(board.rows.map((r) => r.unitId).sort()).toEqual([villages[0].id, villages[1].id].sort());
    expect(board.rows.map((r) => valueOf(r.values, 'participants'))).toEqual(
      board.rows.map((r) => (r.unitId === villages[0].id ? 2 : 1)),
    );
    // A month: February's declarations of 甲一 and 乙一's village.
    const february = expectOk(
      await t.gql(
        DASHBOARD,
        { unitId: villages[0].id, year: DEMO_YEAR, kind: 'MONTH', number: 2 },
        townAdmin.token,
      ),
    ).dashboard;
    expect(valueOf(february.rows[0].values, 'declarations')).toBe(1);
    // Outside its town, and above it: not found.
    for (const unitId of [townB.id, district.unit.id, villages[2].id]) {
      const refused = await t.gql(
        DASHBOARD,
        { unitId, year: DEMO_YEAR, kind: 'YEAR', number: 1 },
        townAdmin.token,
      );
      expect(errorCode(refused)).toBe('NOT_FOUND');
    }
  });

  it('keeps a village admin to its own village, in the API and in the database', async () => {
    const [mine, other] = villages;
    const own = expectOk(
      await t.gql(DASHBOARD, { unitId: mine.id, year: DEMO_YEAR, kind: 'YEAR', number: 1 }, mine.admin.token),
    ).dashboard;
    expect(own.rows.map((r) => r.unitId)).toEqual([mine.id]);
    const refused = await t.gql(
      DASHBOARD,
      { unitId: other.id, year: DEMO_YEAR, kind: 'YEAR', number: 1 },
      mine.admin.token,
    );
    expect(errorCode(refused)).toBe('NOT_FOUND');
    const seen = (await t.app
      .get(TenantDb)
      .run(mine.admin.ctx, (tx) => tx.query('SELECT DISTINCT village_id FROM village_figure'))) as {
      village_id: string;
    }[];
    expect(seen.map((r) => r.village_id)).toEqual([mine.id]);
  });

  it('refuses a period number that does not exist, naming the field', async () => {
    const bad = await t.gql(
      DASHBOARD,
      { unitId: district.unit.id, year: DEMO_YEAR, kind: 'QUARTER', number: 5 },
      district.admin.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('periodNumber');
  });

  it('skips villages whose watermark has not moved, and refreshes the one that changed', async () => {
    const refresh = t.app.get(FiguresRefreshService);
    expect(await refresh.refreshDistrict(district.unit.id)).toBe(0);
    const resident = await arrangeResident(t, villages[2], { name: '丙三', roles: [S.VILLAGER] });
    expect(await refresh.refreshDistrict(district.unit.id)).toBe(1);
    const board = expectOk(
      await t.gql(
        DASHBOARD,
        { unitId: villages[2].id, year: DEMO_YEAR, kind: 'YEAR', number: 1 },
        district.admin.token,
      ),
    ).dashboard;
    expect(resident.id).toBeTruthy();
    expect(valueOf(board.rows[0].values, 'participationRate')).toBe(Math.round((1 / 3) * 10000) / 100);
  });
});
