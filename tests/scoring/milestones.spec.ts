import { SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { MilestoneSpan } from '@village/rulebook';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { REGISTER_ACT, REVIEW_DECISION } from '../support/documents/scoring';
import { expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  unique,
  villageItem,
  type ArrangedVillage,
} from '../support/arrange';

/**
 * Cumulative milestones (issue 12, DOMAIN.md §13): volunteer hours declared in parts score their own
 * points, and a milestone item scores each threshold of the year's total once — when it is crossed,
 * never again — also when the approvals run in parallel.
 */

const TODAY = `${DEMO_YEAR}-05-20`;

/** Volunteer hours: 0.5 a hour, at most 20 an act. */
const HOURS = villageItem('H01', '参加志愿服务（按小时）', {
  unitLabel: '小时',
  pointsMin: 0.5,
  pointsMax: 20,
  perUnitPoints: 0.5,
});
/** 10 hours this year in total → 2 points; 20 → 3 points. */
const MILESTONE = villageItem('M01', '志愿服务累计时长奖励', {
  unitLabel: '小时',
  pointsMin: 2,
  pointsMax: 3,
  milestoneSources: [HOURS.code],
  milestoneSpan: MilestoneSpan.YEAR,
  milestones: [
    { threshold: 10, points: 2 },
    { threshold: 20, points: 3 },
  ],
});

const ENTRIES = graphql(`
  query MilestoneEntries($id: ID!) {
    residentScore(residentId: $id) {
      entries {
        itemCode
        points
        quantity
        ruleNote
      }
    }
  }
`);

describe('cumulative milestones', () => {
  let t: TestApp;
  let town: OrgRef;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false, env: { DB_POOL_SIZE: '12' } });
    town = (await orgUnits(t))['宋村镇'];
  });
  afterAll(() => t.close());

  async function arrange(): Promise<{ village: ArrangedVillage; residentId: string }> {
    t.setToday(TODAY);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [HOURS, MILESTONE] });
    const resident = await arrangeResident(t, village, { name: '周志强', roles: [S.VILLAGER] });
    return { village, residentId: resident.id };
  }

  const register = (
    village: ArrangedVillage,
    residentId: string,
    itemCode: string,
    quantity: number,
    day: number,
  ) =>
    t.gql(
      REGISTER_ACT,
      {
        input: {
          residentId,
          itemCode,
          quantity,
          actedOn: `${DEMO_YEAR}-05-${String(day).padStart(2, '0')}`,
          note: '志愿服务',
          idempotencyKey: unique('h-'),
        },
      },
      village.admin.token,
    );

  const approve = (village: ArrangedVillage, declarationId: string) =>
    t.gql(REVIEW_DECISION, { input: { declarationId, decision: 'APPROVE' } }, village.council.token);

  const milestoneEntries = async (village: ArrangedVillage, residentId: string) =>
    expectOk(await t.gql(ENTRIES, { id: residentId }, village.council.token)).residentScore.entries.filter(
      (e) => e.itemCode === MILESTONE.code,
    );

  it('scores the 10-hour threshold once when hours are declared in three parts, and not again at a fourth', async () => {
    const { village, residentId } = await arrange();
    for (const [i, hours] of [4, 4, 4].entries()) {
      expectOk(
        await approve(
          village,
          expectOk(await register(village, residentId, HOURS.code, hours, i + 1)).registerAct.id,
        ),
      );
    }
    const crossed = await milestoneEntries(village, residentId);
    expect(crossed).toEqual([
      {
        itemCode: 'M01',
        points: 2,
        quantity: 12,
        ruleNote: `H01 ${DEMO_YEAR} 年累计 12 小时，达到 10 小时门槛，记 2 分；H01 的数量本年度累计每达到 10、20 小时，分别记 2、3 分（每档一次，由系统自动计分）`,
      },
    ]);
    expectOk(
      await approve(village, expectOk(await register(village, residentId, HOURS.code, 4, 4)).registerAct.id),
    );
    expect(await milestoneEntries(village, residentId)).toHaveLength(1);
  });

  it('refuses to register the milestone item itself', async () => {
    const { village, residentId } = await arrange();
    const refused = await register(village, residentId, MILESTONE.code, 10, 1);
    expect(refused.errors?.[0].extensions?.fields?.[0]?.field).toBe('itemCode');
    expect(refused.errors?.[0].message).toContain('由系统在累计达到门槛时自动计分');
  });

  it('parallel approvals cross each threshold once, as serial ones do', async () => {
    const outcomes: Record<string, unknown> = {};
    for (const mode of ['serial', 'parallel'] as const) {
      const { village, residentId } = await arrange();
      const ids: string[] = [];
      for (let day = 1; day <= 5; day++)
        ids.push(expectOk(await register(village, residentId, HOURS.code, 5, day)).registerAct.id);
      const requests = ids.map((id) => () => approve(village, id));
      const responses: GqlResponse[] = [];
      if (mode === 'parallel') responses.push(...(await Promise.all(requests.map((send) => send()))));
      else for (const send of requests) responses.push(await send());
      const points = (await milestoneEntries(village, residentId)).map((e) => e.points).sort();
      outcomes[mode] = { refused: responses.filter((r) => r.errors).length, points };
    }
    expect(outcomes.serial).toEqual({ refused: 0, points: [2, 3] });
    expect(outcomes.parallel).toEqual(outcomes.serial);
  });
});
