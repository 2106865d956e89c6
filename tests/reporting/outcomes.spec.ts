import { FiguresRefreshService } from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeDistrict,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTown,
  townAdminOf,
  type ArrangedDistrict,
  type ArrangedVillage,
} from '../support/arrange';
import { TenantDb, type OrgRef } from '@village/platform-tenancy';

/**
 * Outcome records (issue 14 item 3): problems resolved, costs saved with how they were estimated, a
 * month's complaints (agriculture flagged), collective honours — entered by village or town cadres,
 * attributed and append-only, corrected by new records (one correction per record, also in parallel);
 * in scope only; and on the dashboards, where the figures equal a count by hand from the raw rows.
 */
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

const RECORD = graphql(`
  mutation OutcomeRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
      kind
      occurredOn
      amountYuan
      counts
      recordedByName
    }
  }
`);
const CORRECT = graphql(`
  mutation OutcomeCorrect($input: CorrectOutcomeInput!) {
    correctOutcome(input: $input) {
      id
      correctsId
      amountYuan
      withdrawn
    }
  }
`);
const RECORDS = graphql(`
  query OutcomeRecords($unitId: ID!, $year: Int!) {
    outcomeRecords(unitId: $unitId, year: $year) {
      id
      kind
      counts
      correctedById
    }
  }
`);
const DASHBOARD = graphql(`
  query OutcomeDashboard($unitId: ID!, $year: Int!) {
    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {
      rows {
        unitId
        values {
          key
          value
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
const pick = (values: Values) =>
  Object.fromEntries(
    ['problemsResolved', 'costsSaved', 'complaints', 'complaintsAgriculture', 'unitHonours'].map((k) => [
      k,
      values.find((v) => v.key === k)?.value,
    ]),
  );

describe('outcome records: append-only, corrected by new records, in scope, on the dashboards', () => {
  let t: TestApp;
  let district: ArrangedDistrict;
  let townA: OrgRef;
  let townB: OrgRef;
  let v1: ArrangedVillage;
  let v2: ArrangedVillage;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    district = await arrangeDistrict(t);
    townA = await arrangeTown(t, district.unit);
    townB = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [townA, townB]);
    t.setToday(on('01-05'));
    v1 = await arrangeScoringVillage(t, townA, DEMO_YEAR);
    v2 = await arrangeScoringVillage(t, townA, DEMO_YEAR);
    t.setToday(on('06-30'));
  });
  afterAll(() => t.close());

  const record = (input: Record<string, unknown>, token: string) =>
    t.gql(RECORD, { input: { unitId: v1.id, ...input } as never }, token);

  it('records each kind with what it needs, naming the field that is missing, writing nothing then', async () => {
    const before = await t.db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM outcome_record');
    const noEstimate = await record(
      {
        kind: 'COST_SAVED',
        category: '卫生保洁',
        description: '村民轮流保洁',
        occurredOn: on('03-01'),
        amountYuan: 3000,
      },
      v1.admin.token,
    );
    expect(errorCode(noEstimate)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noEstimate.errors)).toContain('howEstimated');
    expect(noEstimate.errors?.[0].message).toContain('估算');
    const future = await record(
      { kind: 'PROBLEM_RESOLVED', category: '土地纠纷', description: '调解', occurredOn: on('12-31') },
      v1.admin.token,
    );
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    const noLevel = await record(
      { kind: 'HONOUR_WON', category: '文明村', description: '区级文明村', occurredOn: on('05-01') },
      v1.admin.token,
    );
    expect(JSON.stringify(noLevel.errors)).toContain('honourLevel');
    expect(await t.db.adminQuery('SELECT count(*) AS n FROM outcome_record')).toEqual(before);

    const complaint = expectOk(
      await record(
        {
          kind: 'COMPLAINT',
          category: '土地承包',
          description: '3 月信访',
          occurredOn: on('03-17'),
          complaintCount: 4,
          agriculture: true,
        },
        v1.admin.token,
      ),
    ).recordOutcome;
    expect(complaint.occurredOn).toBe(on('03-01')); // a month's count, kept on its first day
    expect(complaint.counts).toBe(true);
    expect(complaint.recordedByName).toBeTruthy();
  });

  it('corrects by a new record: once per record even in parallel, the earlier kept and no longer counted', async () => {
    const cost = expectOk(
      await record(
        {
          kind: 'COST_SAVED',
          category: '卡口值守',
          description: '党员志愿值守卡口',
          occurredOn: on('02-01'),
          amountYuan: 12000,
          howEstimated: '按每人每天 100 元 × 120 人天',
        },
        v1.admin.token,
      ),
    ).recordOutcome;
    const correct = (amountYuan: number) =>
      t.gql(CORRECT, { input: { recordId: cost.id, reason: '人天数核对有误', amountYuan } }, v1.admin.token);
    const results = await Promise.all([correct(11000), correct(10500), correct(10000)]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(2);
    const correction = expectOk(won[0]).correctOutcome;
    expect(correction.correctsId).toBe(cost.id);

    const listed = expectOk(
      await t.gql(RECORDS, { unitId: v1.id, year: DEMO_YEAR }, v1.admin.token),
    ).outcomeRecords;
    expect(listed.find((r) => r.id === cost.id)).toMatchObject({
      counts: false,
      correctedById: correction.id,
    });
    expect(listed.find((r) => r.id === correction.id)).toMatchObject({ counts: true, correctedById: null });

    // The history cannot be rewritten, even by the table's owner.
    await expect(
      t.db.adminQuery('UPDATE outcome_record SET amount_yuan = 1 WHERE id = $1', [cost.id]),
    ).rejects.toThrow();
    await expect(t.db.adminQuery('DELETE FROM outcome_record WHERE id = $1', [cost.id])).rejects.toThrow();

    const withdrawn = expectOk(
      await t.gql(
        CORRECT,
        { input: { recordId: correction.id, reason: '重复登记', withdraw: true } },
        v1.admin.token,
      ),
    ).correctOutcome;
    expect(withdrawn.withdrawn).toBe(true);
    const again = await t.gql(
      CORRECT,
      { input: { recordId: withdrawn.id, reason: '再改', amountYuan: 1 } },
      v1.admin.token,
    );
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
  });

  it('keeps each village and town to its own records', async () => {
    const otherTownAdmin = await townAdminOf(t, townB);
    expect(errorCode(await t.gql(RECORDS, { unitId: v1.id, year: DEMO_YEAR }, v2.admin.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(RECORDS, { unitId: v1.id, year: DEMO_YEAR }, otherTownAdmin.token))).toBe(
      'NOT_FOUND',
    );
    const intruder = await record(
      { kind: 'PROBLEM_RESOLVED', category: '邻里矛盾', description: '越权登记', occurredOn: on('04-01') },
      v2.admin.token,
    );
    expect(errorCode(intruder)).toBe('NOT_FOUND');
    const [someRecord] = await t.db.adminQuery<{ id: string }>(
      'SELECT id FROM outcome_record WHERE village_id = $1 LIMIT 1',
      [v1.id],
    );
    expect(
      errorCode(await t.gql(CORRECT, { input: { recordId: someRecord.id, reason: '越权' } }, v2.admin.token)),
    ).toBe('NOT_FOUND');
    // Row-level security, not only the service: v2's transaction sees none of v1's rows.
    const seen = await t.app
      .get(TenantDb)
      .run(v2.system, (tx) =>
        tx.query('SELECT count(*)::int AS n FROM outcome_record WHERE village_id = $1', [v1.id]),
      );
    expect(seen).toEqual([{ n: 0 }]);
    const mine = await townAdminOf(t, townA);
    expect(
      expectOk(await t.gql(RECORDS, { unitId: v1.id, year: DEMO_YEAR }, mine.token)).outcomeRecords.length,
    ).toBeGreaterThan(0);
  });

  it('puts the current records on the dashboards: each village its own, each town its own too', async () => {
    const townAdmin = await townAdminOf(t, townA);
    expectOk(
      await t.gql(
        RECORD,
        {
          input: {
            unitId: townA.id,
            kind: 'HONOUR_WON',
            category: '乡村治理示范镇',
            description: '获评市级乡村治理示范镇',
            occurredOn: on('05-20'),
            honourLevel: 'CITY',
          },
        },
        townAdmin.token,
      ),
    );
    expectOk(
      await record(
        {
          kind: 'PROBLEM_RESOLVED',
          category: '历史遗留',
          description: '宅基地纠纷化解',
          occurredOn: on('04-02'),
          evidence: '调解书 2026-07',
        },
        v1.admin.token,
      ),
    );
    await t.app.get(FiguresRefreshService).refreshDistrict(district.unit.id);

    // By hand, from the raw rows: the latest of each chain, not withdrawn.
    const raw = await t.db.adminQuery<{
      id: string;
      village_id: string | null;
      town_id: string;
      kind: string;
      amount_yuan: string | null;
      complaint_count: number | null;
      agriculture: boolean;
      corrects_id: string | null;
      withdrawn: boolean;
    }>('SELECT * FROM outcome_record WHERE district_id = $1', [district.unit.id]);
    const corrected = new Set(raw.map((r) => r.corrects_id).filter(Boolean));
    const byHand = (rows: typeof raw) => {
      const current = rows.filter((r) => !corrected.has(r.id) && !r.withdrawn);
      const of = (kind: string) => current.filter((r) => r.kind === kind);
      return {
        problemsResolved: of('PROBLEM_RESOLVED').length,
        costsSaved: of('COST_SAVED').reduce((s, r) => s + Number(r.amount_yuan), 0),
        complaints: of('COMPLAINT').reduce((s, r) => s + (r.complaint_count ?? 0), 0),
        complaintsAgriculture: of('COMPLAINT')
          .filter((r) => r.agriculture)
          .reduce((s, r) => s + (r.complaint_count ?? 0), 0),
        unitHonours: of('HONOUR_WON').length,
      };
    };
    const town = expectOk(
      await t.gql(DASHBOARD, { unitId: townA.id, year: DEMO_YEAR }, townAdmin.token),
    ).dashboard;
    const v1Row = town.rows.find((r) => r.unitId === v1.id);
    expect(pick(v1Row?.values ?? [])).toEqual(byHand(raw.filter((r) => r.village_id === v1.id)));
    expect(byHand(raw.filter((r) => r.village_id === v1.id)).complaints).toBe(4);
    expect(pick(town.total.values)).toEqual(byHand(raw.filter((r) => r.town_id === townA.id)));
    expect(pick(town.total.values).unitHonours).toBe(1); // the town's own honour, in its total

    const whole = expectOk(
      await t.gql(DASHBOARD, { unitId: district.unit.id, year: DEMO_YEAR }, district.admin.token),
    ).dashboard;
    const townRow = whole.rows.find((r) => r.unitId === townA.id);
    expect(pick(townRow?.values ?? [])).toEqual(byHand(raw.filter((r) => r.town_id === townA.id)));
    expect(pick(whole.rows.find((r) => r.unitId === townB.id)?.values ?? [])).toEqual(byHand([]));
  });
});
