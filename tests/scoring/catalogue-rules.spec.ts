import { SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { CapMode, ItemCategory, ItemDirection, RoundingMode } from '@village/rulebook';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { REGISTER_ACT, REVIEW_DECISION } from '../support/documents/scoring';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  unique,
  villageItem,
  type ArrangedVillage,
} from '../support/arrange';

/**
 * The point rules of a real district catalogue (issue 12, DOMAIN.md §13), declared → approved → ledger
 * through the API: a donation band table, rounding down to 0.1, a per-act maximum that clamps, a
 * yearly cap shared by two items that clamps the act crossing it, discrete levels, and parallel
 * approvals under a clamping shared cap giving the serial result.
 */

const TODAY = `${DEMO_YEAR}-03-20`;
const ACTED_ON = `${DEMO_YEAR}-03-10`;

/** 捐资助学 by bands of yuan; shares the DONATE group's 10 points a year with D02; one act at most 10. */
const DONATION = villageItem('D01', '为村内公益事业捐款', {
  unitLabel: '元',
  pointsMin: 0.1,
  pointsMax: 10,
  amountBands: [
    { from: 1, to: 500, points: null, perUnit: 0.01 },
    { from: 500, to: 5000, points: null, perUnit: 0.0025 },
    { from: 5000, to: null, points: 10, perUnit: null },
  ],
  roundingStep: 0.1,
  roundingMode: RoundingMode.DOWN,
  perActMax: 10,
  capGroup: 'GIFTS',
  capPerYear: 10,
  capMode: CapMode.CLAMP,
});
/** 拾金不昧: 0.01 a yuan returned, in the same group as D01. */
const FOUND_MONEY = villageItem('D02', '拾金不昧（按归还金额）', {
  unitLabel: '元',
  pointsMin: 0.1,
  pointsMax: 10,
  perUnitPoints: 0.01,
  roundingStep: 0.1,
  roundingMode: RoundingMode.DOWN,
  capGroup: 'GIFTS',
  capPerYear: 10,
  capMode: CapMode.CLAMP,
});
/** A deduction of one of four levels. */
const LEVELS = villageItem('L01', '违反村规民约（按情节）', {
  category: ItemCategory.CIVIC_VIRTUE,
  direction: ItemDirection.NEGATIVE,
  pointsMin: 10,
  pointsMax: 50,
  pointLevels: [10, 20, 40, 50],
});

const ENTRIES = graphql(`
  query CatalogueEntries($id: ID!) {
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

const PENDING_ITEM = graphql(`
  query CataloguePendingItem($v: ID!) {
    declarations(villageId: $v, status: PENDING, limit: 50) {
      items {
        itemCode
        pointsAsked
        item {
          rule
          pointLevels
        }
      }
    }
  }
`);

describe('the point rules of a real catalogue', () => {
  let t: TestApp;
  let town: OrgRef;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false, env: { DB_POOL_SIZE: '12' } });
    town = (await orgUnits(t))['宋村镇'];
  });
  afterAll(() => t.close());

  async function arrange(): Promise<ArrangedVillage> {
    t.setToday(TODAY);
    return arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [DONATION, FOUND_MONEY, LEVELS] });
  }

  const villager = async (village: ArrangedVillage, name: string) =>
    (await arrangeResident(t, village, { name, roles: [S.VILLAGER] })).id;

  const register = (village: ArrangedVillage, residentId: string, itemCode: string, quantity?: number) =>
    t.gql(
      REGISTER_ACT,
      {
        input: {
          residentId,
          itemCode,
          actedOn: ACTED_ON,
          quantity,
          note: '代为登记',
          idempotencyKey: unique('k-'),
        },
      },
      village.admin.token,
    );

  const approve = (village: ArrangedVillage, declarationId: string, points?: number) =>
    t.gql(REVIEW_DECISION, { input: { declarationId, decision: 'APPROVE', points } }, village.council.token);

  /** Registers and approves one act; the refusal's response when either step refuses. */
  async function score(
    village: ArrangedVillage,
    residentId: string,
    itemCode: string,
    quantity?: number,
    points?: number,
  ): Promise<GqlResponse<unknown>> {
    const registered = await register(village, residentId, itemCode, quantity);
    if (registered.errors) return registered;
    return approve(village, expectOk(registered).registerAct.id, points);
  }

  const entriesOf = async (village: ArrangedVillage, residentId: string) =>
    expectOk(await t.gql(ENTRIES, { id: residentId }, village.council.token)).residentScore.entries;

  const message = (r: GqlResponse) => r.errors?.[0].message;

  it('scores a donation by its band at each band edge, rounding down to 0.1 and clamping to the per-act maximum', async () => {
    const village = await arrange();
    const cases: [number, number, string][] = [
      [52, 0.5, '52元 × 每元 0.01 分 = 0.52 分，按 0.1 分舍去取整为 0.5 分'],
      [499.99, 4.9, '499.99元 × 每元 0.01 分 = 4.9999 分，按 0.1 分舍去取整为 4.9 分'],
      [
        500,
        1.2,
        '500元属「500–5000元（不含5000）」档；500元 × 每元 0.0025 分 = 1.25 分，按 0.1 分舍去取整为 1.2 分',
      ],
      [4800, 10, '4800元 × 每元 0.0025 分 = 12 分；单次最多 10 分，按 10 分计'],
      [5000, 10, '5000元属「5000元及以上」档，记 10 分'],
    ];
    for (const [amount, points, note] of cases) {
      const residentId = await villager(village, `捐款人${amount}`);
      expectOk(await score(village, residentId, DONATION.code, amount));
      const [entry] = await entriesOf(village, residentId);
      expect({ amount, points: entry.points }).toEqual({ amount, points });
      expect(entry.ruleNote).toContain(note);
    }
    // Below the first band there is nothing to score: refused at registration, naming the quantity.
    const none = await register(village, await villager(village, '捐款人零'), DONATION.code, 0.5);
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(none.errors?.[0].extensions?.fields?.[0]?.field).toBe('quantity');
    expect(message(none)).toContain('0.5元不在任何一档内');
  });

  it('clamps the act that crosses a yearly cap shared by two items, and refuses the next one', async () => {
    const village = await arrange();
    const residentId = await villager(village, '王德厚');
    expectOk(await score(village, residentId, DONATION.code, 3000)); // 7.5
    expectOk(await score(village, residentId, FOUND_MONEY.code, 400)); // 4, clamped to 2.5
    const entries = await entriesOf(village, residentId);
    const found = entries.find((e) => e.itemCode === FOUND_MONEY.code);
    expect(found?.points).toBe(2.5);
    expect(found?.ruleNote).toBe(
      '400元 × 每元 0.01 分 = 4 分；事项组 GIFTS（D01、D02） 每年度最多 10 分，本年度已核定 7.5 分，本次计至上限 2.5 分',
    );
    const next = await register(village, residentId, DONATION.code, 100);
    expect(message(next)).toBe(
      '输入有误：itemCode（事项组 GIFTS（D01、D02） 每年度最多 10 分，王德厚本年度已申报 10 分，本次 1 分将超出上限）',
    );
    // The reviewers' queue shows the rule in words before anyone decides.
    expectOk(await register(village, await villager(village, '李桂香'), FOUND_MONEY.code, 52));
    const [pending] = expectOk(await t.gql(PENDING_ITEM, { v: village.id }, village.council.token))
      .declarations.items;
    expect(pending.pointsAsked).toBe(0.5);
    expect(pending.item?.rule).toBe(
      '每元 0.01 分；按 0.1 分舍去取整；单次最多 10 分；与同组（GIFTS）事项合计最多每年 10 分，超出部分不计',
    );
  });

  it('takes a deduction only at one of its levels', async () => {
    const village = await arrange();
    const residentId = await villager(village, '赵大勇');
    const registered = expectOk(await register(village, residentId, LEVELS.code)).registerAct;
    const refused = await approve(village, registered.id, 30);
    expect(message(refused)).toBe('输入有误：points（事项 L01 只能记 10、20、40、50 分之一，不能记 30 分）');
    expectOk(await approve(village, registered.id, 40));
    const [entry] = await entriesOf(village, residentId);
    expect(entry).toMatchObject({ points: -40, ruleNote: '按档次记 40 分（可选 10、20、40、50 分）' });
  });

  it('parallel approvals under a clamping shared cap give the serial result', async () => {
    const outcomes: Record<string, unknown> = {};
    for (const mode of ['serial', 'parallel'] as const) {
      const village = await arrange();
      const residentId = await villager(village, '孙秀英');
      // Four claims of 3 points fit the declaration check (12 ≥ 10 stops the fifth).
      const ids: string[] = [];
      for (let i = 0; i < 4; i++)
        ids.push(expectOk(await register(village, residentId, FOUND_MONEY.code, 300)).registerAct.id);
      const fifth = await register(village, residentId, FOUND_MONEY.code, 300);
      const requests = ids.map((id) => () => approve(village, id));
      const responses: GqlResponse[] = [];
      if (mode === 'parallel') responses.push(...(await Promise.all(requests.map((send) => send()))));
      else for (const send of requests) responses.push(await send());
      const points = (await entriesOf(village, residentId)).map((e) => e.points).sort((a, b) => b - a);
      outcomes[mode] = { fifth: errorCode(fifth), refused: responses.filter((r) => r.errors).length, points };
    }
    expect(outcomes.serial).toEqual({ fifth: 'BAD_USER_INPUT', refused: 0, points: [3, 3, 3, 1] });
    expect(outcomes.parallel).toEqual(outcomes.serial);
  });
});
