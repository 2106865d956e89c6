import { SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { ItemCategory, ItemDirection } from '@village/rulebook';
import { LedgerService, TallyService } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { DECLARE_ACT as DECLARE } from '../support/documents/scoring';
import type { ReviewDeclarationInput } from '../support/generated/graphql';
import { REGISTER_ACT, REVIEW_DECISION, TALLY_PERIOD } from '../support/documents/scoring';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  unique,
  villageItem,
  type ArrangedVillage,
} from '../support/arrange';

/**
 * Caps, the repeat multiplier and idempotency under concurrent requests (issue 9): every case runs the
 * same arrangement once request by request and once with all requests fired together (separate HTTP
 * requests, Promise.all), and the parallel outcome must be the serial one — the same number accepted,
 * the same ledger points, the same refusals with the same messages.
 */

const TODAY = `${DEMO_YEAR}-03-20`;
const ACTED_ON = `${DEMO_YEAR}-03-10`;
const PARALLEL = 20;

/** 1–5 points, at most 20 a quarter: 20 claims at the minimum may wait, 4 approvals at 5 fit. */
const CAPPED = villageItem('V31', '参与村庄环境集中整治', { capPerQuarter: 20 });
/** No cap: the declarations reviewers amend onto the capped item. */
const UNCAPPED = villageItem('V32', '协助开展村内公益活动', {});
/** 2 points off, doubled for a repeat within 3 months. */
const REPEATED = villageItem('V33', '屋前屋后乱堆柴草', {
  category: ItemCategory.CIVILISED_PRACTICE,
  direction: ItemDirection.NEGATIVE,
  pointsMin: 2,
  pointsMax: 2,
  repeatMultiplier: 2,
  validityMonths: 3,
});
/** 1 point, at most 5 a month: the sixth registration of a month is refused. */
const MONTHLY = villageItem('V34', '参加村民小组议事会', { pointsMax: 1, capPerMonth: 5 });

type Mode = 'serial' | 'parallel';

/** Runs the requests one after another or all at once; the responses in the requests' order. */
async function run<T>(mode: Mode, requests: (() => Promise<T>)[]): Promise<T[]> {
  if (mode === 'parallel') return Promise.all(requests.map((send) => send()));
  const results: T[] = [];
  for (const send of requests) results.push(await send());
  return results;
}

/** What a batch of requests came to: how many passed, and each refusal's code, field and message. */
function outcome(responses: GqlResponse[]) {
  const refusals = responses
    .filter((r) => r.errors?.length)
    .map((r) => ({
      code: errorCode(r),
      field: r.errors?.[0].extensions?.fields?.[0]?.field,
      message: r.errors?.[0].message,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { accepted: responses.filter((r) => !r.errors?.length).length, refusals };
}

describe('caps, repeat multipliers and idempotency under parallel requests', () => {
  let t: TestApp;
  let town: OrgRef;

  beforeAll(async () => {
    // Enough connections for the requests to be in their transactions at the same time.
    t = await startTestApp({ demoPeople: false, env: { DB_POOL_SIZE: '12' } });
    town = (await orgUnits(t))['宋村镇'];
    t.setToday(TODAY);
  });
  afterAll(() => t.close());

  interface Arranged {
    village: ArrangedVillage;
    residentId: string;
    /** The villager's own login. */
    residentToken: string;
  }

  /** A village scoring the demo year with the items above, and one villager (the same name each time). */
  async function arrange(): Promise<Arranged> {
    t.setToday(TODAY);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, {
      villageItems: [CAPPED, UNCAPPED, REPEATED, MONTHLY],
    });
    const resident = await arrangeResident(t, village, { name: '王建国', roles: [S.VILLAGER], login: true });
    return { village, residentId: resident.id, residentToken: resident.user?.token as string };
  }

  const register = (village: ArrangedVillage, residentId: string, itemCode: string, key = unique('k-')) =>
    t.gql(
      REGISTER_ACT,
      { input: { residentId, itemCode, actedOn: ACTED_ON, note: '代为登记', idempotencyKey: key } },
      village.admin.token,
    );

  /** `n` pending registrations of `itemCode`, one at a time (the arrangement, not what is tested). */
  async function pending(village: ArrangedVillage, residentId: string, itemCode: string, n: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push(expectOk(await register(village, residentId, itemCode)).registerAct.id);
    return ids;
  }

  const review = (village: ArrangedVillage, input: ReviewDeclarationInput) =>
    t.gql(REVIEW_DECISION, { input }, village.council.token);

  /** The village's ledger points, in ledger order, and whether its hash chain still holds. */
  async function ledgerOf(village: ArrangedVillage) {
    const rows = await t.db.adminQuery<{ points: number; multiplier: number }>(
      `SELECT points::float AS points, repeat_multiplier::float AS multiplier FROM ledger_entry
        WHERE village_id = $1 ORDER BY seq`,
      [village.id],
    );
    const chain = await t.app.get(LedgerService).checkChain(village.council.ctx, village.id);
    return { points: rows.map((r) => r.points), chainOk: chain.ok };
  }

  it(`${PARALLEL} approvals of an item capped per quarter approve the cap's worth, as one at a time does`, async () => {
    const results: Record<Mode, unknown> = { serial: null, parallel: null };
    for (const mode of ['serial', 'parallel'] as const) {
      const { village, residentId } = await arrange();
      const ids = await pending(village, residentId, CAPPED.code, PARALLEL);
      const responses = await run(
        mode,
        ids.map((id) => () => review(village, { declarationId: id, decision: 'APPROVE', points: 5 })),
      );
      results[mode] = { ...outcome(responses), ledger: await ledgerOf(village) };
    }
    expect(results.serial).toEqual({
      accepted: 4,
      refusals: Array(PARALLEL - 4).fill({
        code: 'BAD_USER_INPUT',
        field: 'points',
        message: `输入有误：points（事项 ${CAPPED.code} 每季度最多 20 分，本季度已核定 20 分，本次 5 分将超出上限）`,
      }),
      ledger: { points: [5, 5, 5, 5], chainOk: true },
    });
    expect(results.parallel).toEqual(results.serial);
  });

  it(`${PARALLEL} approvals and amendments onto a capped item together score the cap's worth, as one at a time does`, async () => {
    const results: Record<Mode, unknown> = { serial: null, parallel: null };
    for (const mode of ['serial', 'parallel'] as const) {
      const { village, residentId } = await arrange();
      const approvals = await pending(village, residentId, CAPPED.code, PARALLEL / 2);
      const amendments = await pending(village, residentId, UNCAPPED.code, PARALLEL / 2);
      // Interleaved, so the serial run amends and approves in turn as well.
      const requests = approvals.flatMap((approved, i) => [
        () => review(village, { declarationId: approved, decision: 'APPROVE', points: 5 }),
        () =>
          review(village, {
            declarationId: amendments[i],
            decision: 'AMEND',
            amendedItemCode: CAPPED.code,
            points: 5,
            reason: '经核实为参与环境整治',
          }),
      ]);
      const responses = await run(mode, requests);
      const [scored] = await t.db.adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM ledger_entry WHERE village_id = $1 AND item_code = $2`,
        [village.id, CAPPED.code],
      );
      results[mode] = {
        accepted: outcome(responses).accepted,
        messages: [...new Set(outcome(responses).refusals.map((r) => `${r.code} ${r.field} ${r.message}`))],
        scoredUnderCappedItem: scored.n,
        ledger: await ledgerOf(village),
      };
    }
    expect(results.serial).toEqual({
      accepted: 4,
      messages: [
        `BAD_USER_INPUT points 输入有误：points（事项 ${CAPPED.code} 每季度最多 20 分，本季度已核定 20 分，本次 5 分将超出上限）`,
      ],
      scoredUnderCappedItem: 4,
      ledger: { points: [5, 5, 5, 5], chainOk: true },
    });
    expect(results.parallel).toEqual(results.serial);
  });

  it(`${PARALLEL} approvals of a repeat-multiplied deduction give one single and then only doubled deductions, as one at a time does`, async () => {
    const results: Record<Mode, unknown> = { serial: null, parallel: null };
    for (const mode of ['serial', 'parallel'] as const) {
      const { village, residentId } = await arrange();
      const ids = await pending(village, residentId, REPEATED.code, PARALLEL);
      const responses = await run(
        mode,
        ids.map((id) => () => review(village, { declarationId: id, decision: 'APPROVE' })),
      );
      const ledger = await ledgerOf(village);
      results[mode] = { ...outcome(responses), ledger };
    }
    expect(results.serial).toEqual({
      accepted: PARALLEL,
      refusals: [],
      ledger: { points: [-2, ...Array(PARALLEL - 1).fill(-4)], chainOk: true },
    });
    expect(results.parallel).toEqual(results.serial);
  });

  it(`${PARALLEL} registrations by a cadre and declarations by the villager of an item capped per month accept the cap's worth, as one at a time does`, async () => {
    const results: Record<Mode, unknown> = { serial: null, parallel: null };
    for (const mode of ['serial', 'parallel'] as const) {
      const { village, residentId, residentToken } = await arrange();
      const declare = () =>
        t.gql(
          DECLARE,
          { input: { itemCode: MONTHLY.code, actedOn: ACTED_ON, idempotencyKey: unique('own-') } },
          residentToken,
        );
      const responses = await run<GqlResponse>(
        mode,
        Array.from({ length: PARALLEL }, (_, i) =>
          i % 2 ? declare : () => register(village, residentId, MONTHLY.code),
        ),
      );
      const [count] = await t.db.adminQuery<{ n: number }>(
        'SELECT count(*)::int AS n FROM declaration WHERE village_id = $1 AND item_code = $2',
        [village.id, MONTHLY.code],
      );
      results[mode] = { ...outcome(responses), declarations: count.n };
    }
    expect(results.serial).toEqual({
      accepted: 5,
      refusals: Array(PARALLEL - 5).fill({
        code: 'BAD_USER_INPUT',
        field: 'itemCode',
        message: `输入有误：itemCode（事项 ${MONTHLY.code} 每月最多 5 分，王建国本月已申报 5 分，本次 1 分将超出上限）`,
      }),
      declarations: 5,
    });
    expect(results.parallel).toEqual(results.serial);
  });

  it(`${PARALLEL} registrations under one idempotency key make one declaration, as one at a time does`, async () => {
    const results: Record<Mode, unknown> = { serial: null, parallel: null };
    for (const mode of ['serial', 'parallel'] as const) {
      const { village, residentId } = await arrange();
      const key = unique('same-');
      const responses = await run(
        mode,
        Array.from({ length: PARALLEL }, () => () => register(village, residentId, UNCAPPED.code, key)),
      );
      const ids = new Set(responses.map((r) => r.data?.registerAct.id));
      const [count] = await t.db.adminQuery<{ n: number }>(
        'SELECT count(*)::int AS n FROM declaration WHERE village_id = $1',
        [village.id],
      );
      results[mode] = { ...outcome(responses), distinctIds: ids.size, declarations: count.n };
    }
    expect(results.serial).toEqual({ accepted: PARALLEL, refusals: [], distinctIds: 1, declarations: 1 });
    expect(results.parallel).toEqual(results.serial);
  });

  it("approvals, registrations and the quarter's tally at the same time finish without a deadlock and within the cap", async () => {
    t.setToday(TODAY);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, {
      villageItems: [CAPPED, UNCAPPED, REPEATED, MONTHLY],
      open: false,
    });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    const quarter = periods.find((p) => p.kind === 'QUARTER' && p.number === 1) as { id: string };
    const { id: residentId } = await arrangeResident(t, village, { name: '王建国', roles: [S.VILLAGER] });
    const ids = await pending(village, residentId, CAPPED.code, 10);
    // The day after the quarter: its acts may still be registered until it is tallied.
    t.setToday(`${DEMO_YEAR}-04-01`);
    // Each request starts as it is made: all of them are under way before the first answer.
    const approvals = ids.map((id) => review(village, { declarationId: id, decision: 'APPROVE', points: 5 }));
    const before = Array.from({ length: 5 }, () => register(village, residentId, UNCAPPED.code));
    const tallying = t.gql(TALLY_PERIOD, { p: quarter.id }, village.council.token);
    const after = Array.from({ length: 4 }, () => register(village, residentId, REPEATED.code));
    const decided = await Promise.all(approvals);
    const responses: GqlResponse[] = [
      ...decided,
      ...(await Promise.all([...before, ...after])),
      await tallying,
    ];
    // Refusals are the ordinary ones (a cap, a tallied quarter), never a deadlock or another failure.
    expect(
      responses.map((r) => errorCode(r) ?? 'OK').filter((c) => c !== 'OK' && c !== 'BAD_USER_INPUT'),
    ).toEqual([]);
    const tally = expectOk(await tallying).tallyPeriod;
    expect(await t.app.get(TallyService).verify(village.council.ctx, tally.id)).toMatchObject({
      valid: true,
    });
    expect(outcome(decided).accepted).toBe(4);
    expect((await ledgerOf(village)).chainOk).toBe(true);
  });
});
