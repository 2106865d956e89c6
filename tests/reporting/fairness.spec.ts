import type { OrgRef } from '@village/platform-tenancy';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import { SubjectType as S } from '@village/platform-common';
import { arrangeResident, arrangeVillage, orgUnits, townAdminOf } from '../support/arrange';
import { ageBand, groupByHand, peopleByHand, reviewersByHand } from './fairness-by-hand';
import { arrangeFairnessVillage, type FairnessVillage } from './fairness-village';

/**
 * 公平性分析 (issue 14 item 5): a village where one grid and one reviewer deduct far more than the
 * rest (fairness-village.ts). Every figure of every group and reviewer equals the same figure computed
 * here from the raw rows (fairness-by-hand.ts), the outliers are flagged and a small grid deducting just
 * as hard is not; a village admin cannot read another village's view, a town admin only its villages.
 */
const Y = DEMO_YEAR;

const FAIRNESS = graphql(`
  query FairnessOf($villageId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {
    fairnessView(villageId: $villageId, year: $year, periodKind: $kind, periodNumber: $number) {
      villageName
      periodLabel
      startsOn
      endsOn
      scoreSource
      scoreNote
      outlierRule
      village {
        residents
        deductions
        deductionsPer100
      }
      dimensions {
        key
        label
        groups {
          key
          label
          residents
          scoredResidents
          averageCreditScore
          deductions
          deductionPoints
          deductionsPer100
          objectionsRaised
          objectionsUpheld
          check {
            zScore
            flagged
            deviation
            reason
          }
        }
      }
      reviewers {
        accountId
        displayName
        entriesApproved
        deductions
        deductionShare
        check {
          zScore
          flagged
          deviation
          reason
        }
      }
      reviewerTotal {
        entriesApproved
        deductions
        deductionShare
      }
    }
  }
`);

describe('fairness view: deductions by grid, gender, age band and reviewer, outliers flagged', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let f: FairnessVillage;

  const view = (kind: 'MONTH' | 'QUARTER' | 'YEAR', number: number, token = f.village.admin.token) =>
    t.gql(FAIRNESS, { villageId: f.village.id, year: Y, kind, number }, token);

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    units = await orgUnits(t);
    f = await arrangeFairnessVillage(t, units['宋村镇']);
  });
  afterAll(() => t.close());

  /** The latest tally version's credit scores, or the base + the year's credit points, from the raw rows. */
  async function scoresByHand(kind: 'QUARTER' | 'YEAR'): Promise<Map<string, number>> {
    if (kind === 'QUARTER') {
      const rows = await t.db.adminQuery<{ resident_id: string; credit_score: string }>(
        `SELECT l.resident_id, l.credit_score FROM score_tally_line l JOIN score_tally s ON s.id = l.tally_id
          WHERE s.period_id = $1 AND s.version = (SELECT max(version) FROM score_tally WHERE period_id = $1)`,
        [f.q1.id],
      );
      return new Map(rows.map((r) => [r.resident_id, Number(r.credit_score)]));
    }
    const rows = await t.db.adminQuery<{ id: string; points: string }>(
      `SELECT r.id, coalesce(sum(e.points), 0) AS points FROM resident r
         LEFT JOIN ledger_entry e ON e.resident_id = r.id AND e.track = 'CREDIT' AND e.record_level <> 'DISTRICT'
        WHERE r.village_id = $1 AND r.status = 'ACTIVE' GROUP BY r.id`,
      [f.village.id],
    );
    // The base the framework sets, as the first quarter's tally froze it.
    const [{ base }] = await t.db.adminQuery<{ base: string }>(
      `SELECT rules->>'creditBaseScore' AS base FROM score_tally WHERE period_id = $1 AND version = 1`,
      [f.q1.id],
    );
    return new Map(rows.map((r) => [r.id, Number(base) + Number(r.points)]));
  }

  async function expectByHand(kind: 'QUARTER' | 'YEAR') {
    const res = expectOk(await view(kind, 1)).fairnessView;
    const all = await peopleByHand(t, f.village.id, res.startsOn, res.endsOn, await scoresByHand(kind));
    expect(res.village.residents).toBe(all.length);
    const keyOf = {
      GRID: (p: (typeof all)[number]) => p.gridId ?? 'NONE',
      GENDER: (p: (typeof all)[number]) => p.gender,
      AGE_BAND: (p: (typeof all)[number]) => ageBand(p.age),
    };
    for (const dimension of res.dimensions) {
      for (const group of dimension.groups) {
        const hand = groupByHand(
          group.key,
          all.filter((p) => keyOf[dimension.key](p) === group.key),
          all,
        );
        const { check, ...figures } = group;
        expect({
          dimension: dimension.key,
          ...figures,
          zScore: check?.zScore,
          flagged: check?.flagged,
        }).toEqual({
          dimension: dimension.key,
          label: group.label,
          ...hand,
        });
      }
    }
    const hand = await reviewersByHand(t, f.village.id, res.startsOn, res.endsOn);
    expect(
      res.reviewers.map(({ accountId, entriesApproved, deductions, deductionShare, check }) => ({
        accountId,
        entriesApproved,
        deductions,
        deductionShare,
        zScore: check.zScore,
        flagged: check.flagged,
      })),
    ).toEqual(expect.arrayContaining(hand));
    expect(res.reviewers).toHaveLength(hand.length);
    return res;
  }

  it('gives every group and reviewer of the quarter the figures computed by hand, from its latest tally', async () => {
    const res = await expectByHand('QUARTER');
    expect(res).toMatchObject({
      periodLabel: `${Y}年第1季度`,
      scoreSource: 'TALLY',
      scoreNote: '本期核算第 3 版',
    });
    const grid = res.dimensions.find((d) => d.key === 'GRID');
    const group = (key: string) => grid?.groups.find((g) => g.key === key);
    expect(grid?.groups.map((g) => g.label)).toEqual(['东网格', '西网格', '北网格', '未分网格']);
    expect(group(f.grids.W1)).toMatchObject({
      residents: 12,
      deductions: 12,
      check: { flagged: true, deviation: 'HIGH' },
    });
    expect(group(f.grids.W1)?.check?.reason).toContain('扣分率明显高于全村');
    // The north grid deducts every one of its three: a higher rate than the east's, never judged.
    expect(group(f.grids.W3)).toMatchObject({
      residents: 3,
      deductionsPer100: 100,
      check: { flagged: false, zScore: null, reason: '本组不足 10 人，不作偏离判断' },
    });
    // The resident who moved out after a deduction is counted; the one with nothing in the period is not.
    expect(group('NONE')?.residents).toBe(2);
    const reviewer = (id: string) => res.reviewers.find((r) => r.accountId === id);
    expect(reviewer(f.harsh.id)).toMatchObject({
      displayName: `${f.village.name}信用议事会`,
      entriesApproved: 15,
      deductions: 12,
      check: { flagged: true, deviation: 'HIGH' },
    });
    expect(reviewer(f.rare.id)).toMatchObject({
      entriesApproved: 5,
      check: { flagged: false, zScore: null },
    });
    expect(res.reviewerTotal).toEqual({ entriesApproved: 41, deductions: 17, deductionShare: 41.46 });
    // Aggregates only: no resident's name anywhere in the answer.
    const text = JSON.stringify(res);
    for (const p of f.people) expect(text).not.toContain(p.name);
    expect(reviewer(f.mild.id)?.displayName).toBe('审核人乙');
  });

  it('falls back to the ledger for a year not tallied, and counts the objections raised in it', async () => {
    const res = await expectByHand('YEAR');
    expect(res.scoreSource).toBe('LEDGER');
    const grid = (key: string) =>
      res.dimensions.find((d) => d.key === 'GRID')?.groups.find((g) => g.key === key);
    expect(grid(f.grids.W1)).toMatchObject({ objectionsRaised: 1, objectionsUpheld: 1, deductions: 12 });
    expect(grid(f.grids.W2)).toMatchObject({ objectionsRaised: 1, objectionsUpheld: 1, deductions: 1 });
    // The quarter's objections were raised in April: none in March.
    const march = expectOk(await view('MONTH', 3)).fairnessView;
    expect(march.dimensions[0].groups.every((g) => g.objectionsRaised === 0)).toBe(true);
    expect(march.village.deductions).toBe(17);
  });

  it('lets a town admin read its own villages only, and a village admin only its own', async () => {
    const other = await arrangeVillage(t, units['文登营镇']);
    const own = expectOk(await view('QUARTER', 1, (await townAdminOf(t, units['宋村镇'])).token));
    expect(own.fairnessView.villageName).toBe(f.village.name);
    const outside = await t.gql(
      FAIRNESS,
      { villageId: other.id, year: Y, kind: 'YEAR', number: 1 },
      (await townAdminOf(t, units['宋村镇'])).token,
    );
    expect(errorCode(outside)).toBe('NOT_FOUND');
    const refused = await view('QUARTER', 1, other.admin.token);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toBe('villageId：找不到该村，或您无权查看');
    // A resident reads the village's dashboard, not this view (small groups, reviewers' names).
    const resident = await arrangeResident(t, f.village, {
      name: '普通村民',
      roles: [S.VILLAGER],
      login: true,
    });
    expect(errorCode(await view('QUARTER', 1, resident.user?.token))).toBe('FORBIDDEN');
  });

  it('refuses a period or year that does not exist, naming the field in Chinese', async () => {
    const quarter = await view('QUARTER', 5);
    expect(errorCode(quarter)).toBe('BAD_USER_INPUT');
    expect(quarter.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'periodNumber', reasons: ['季度应为 1–4'] },
    ]);
    const year = await t.gql(
      FAIRNESS,
      { villageId: f.village.id, year: 1999, kind: 'YEAR', number: 1 },
      f.village.admin.token,
    );
    expect(errorCode(year)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(year.errors)).toContain('年度应为 2000–2100 之间的整数');
  });
});
