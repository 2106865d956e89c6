import { SCORING_PERIODS as PERIODS, TALLY_PERIOD } from '../support/documents/scoring';
import { graphql } from '../support/generated';
import { addDays } from '@village/platform-common';
import { Role } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { ScoringPeriodService } from '@village/scoring';
import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeScoringVillage,
  arrangeVillage,
  orgUnits,
  systemContext,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';
import { asAppRole } from '../rulebook/rulebook-support';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';

const Y = DEMO_YEAR;
/** The last day of February of the demo year (leap years included). */
const FEB_END = addDays(`${Y}-03-01`, -1);

const OPEN_YEAR = graphql(`
  mutation PeriodsOpenYear($villageId: ID!, $year: Int!) {
    openScoringYear(villageId: $villageId, year: $year) {
      ...ScoringPeriodFields
    }
  }
`);
const PERIOD_FOR = graphql(`
  query PeriodsPeriodFor($villageId: ID!, $date: String!) {
    scoringPeriodFor(villageId: $villageId, date: $date) {
      month {
        ...ScoringPeriodFields
      }
      quarter {
        ...ScoringPeriodFields
      }
      year {
        ...ScoringPeriodFields
      }
    }
  }
`);
const ADVANCE = graphql(`
  mutation PeriodsAdvance($id: ID!, $to: ScoringPeriodStatus!, $reason: String!) {
    advanceScoringPeriod(id: $id, to: $to, reason: $reason) {
      id
      villageId
      kind
      year
      number
      startsOn
      endsOn
      status
      history {
        fromStatus
        toStatus
        reason
        createdBy
      }
    }
  }
`);

interface Period {
  id: string;
  kind: string;
  year: number;
  number: number;
  startsOn: string;
  endsOn: string;
  status: string;
}

/** The periods of a village's scoring year, in a village of each test's own. */
describe('scoring periods', () => {
  let t: TestApp;
  let admin: string;
  let other: string;
  let periods: Period[];
  const find = (kind: string, number: number) =>
    periods.find((p) => p.kind === kind && p.number === number) as Period;

  let village: ArrangedVillage;
  let otherVillageId: string;
  let units: Record<string, OrgRef>;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages
    units = await orgUnits(t);
    const otherVillage = await arrangeVillage(t, units['文登营镇']);
    other = otherVillage.admin.token;
    otherVillageId = otherVillage.id;
  });
  afterAll(() => t.close());

  // A village of its own per test with an adopted list for Y and none for Y + 1; its year not yet open.
  beforeEach(async () => {
    village = await arrangeScoringVillage(t, units['宋村镇'], Y, { open: false });
    admin = village.admin.token;
    periods = [];
  });

  /** Opens the year through the API, as the first test does. */
  async function openYear(): Promise<void> {
    const res = await t.gql(OPEN_YEAR, { villageId: village.id, year: Y }, admin);
    expect(res.errors).toBeUndefined();
    periods = res.data?.openScoringYear ?? [];
  }

  /** The credit council tallies quarter 1 (the day after it ends): it is TALLIED from then on. */
  async function tallyFirstQuarter(): Promise<void> {
    t.setToday(`${Y}-04-02`);
    try {
      const res = await t.gql(TALLY_PERIOD, { p: find('QUARTER', 1).id }, village.council.token);
      expect(res.errors).toBeUndefined();
    } finally {
      t.setToday(null);
    }
  }

  it('opens the demo year with 12 months, 4 quarters and the year, bounded by the calendar', async () => {
    const res = await t.gql(OPEN_YEAR, { villageId: village.id, year: Y }, admin);
    expect(res.errors).toBeUndefined();
    periods = res.data?.openScoringYear ?? [];
    expect(periods).toHaveLength(17);
    expect(periods.every((p) => p.status === 'OPEN' && p.year === Y)).toBe(true);
    expect(find('MONTH', 2)).toMatchObject({ startsOn: `${Y}-02-01`, endsOn: FEB_END });
    expect(find('MONTH', 12)).toMatchObject({ startsOn: `${Y}-12-01`, endsOn: `${Y}-12-31` });
    expect(find('QUARTER', 1)).toMatchObject({ startsOn: `${Y}-01-01`, endsOn: `${Y}-03-31` });
    expect(find('QUARTER', 4)).toMatchObject({ startsOn: `${Y}-10-01`, endsOn: `${Y}-12-31` });
    expect(find('YEAR', 1)).toMatchObject({ startsOn: `${Y}-01-01`, endsOn: `${Y}-12-31` });
    const [events] = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM scoring_period_event e JOIN scoring_period p ON p.id = e.period_id
        WHERE p.village_id = $1 AND e.from_status IS NULL AND e.to_status = 'OPEN'`,
      [village.id],
    );
    expect(events.n).toBe(17);
  });

  it('is idempotent: opening again returns the same periods and creates nothing', async () => {
    await openYear();
    const again = await t.gql(OPEN_YEAR, { villageId: village.id, year: Y }, admin);
    expect((again.data?.openScoringYear ?? []).map((p) => p.id).sort()).toEqual(
      periods.map((p) => p.id).sort(),
    );
    const [count] = await t.db.adminQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM scoring_period WHERE village_id = $1',
      [village.id],
    );
    expect(count.n).toBe(17);
    const listed = await t.gql(PERIODS, { villageId: village.id, year: Y }, admin);
    expect(listed.data?.scoringPeriods).toHaveLength(17);
  });

  it('refuses a year without an adopted scoring list', async () => {
    const res = await t.gql(OPEN_YEAR, { villageId: village.id, year: Y + 1 }, admin);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(new RegExp(`${Y + 1} 年度积分评价清单`));
    const [count] = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM scoring_period WHERE year = ${Y + 1} AND village_id = $1`,
      [village.id],
    );
    expect(count.n).toBe(0);
  });

  it('finds the month, quarter and year containing a date', async () => {
    await openYear();
    const res = await t.gql(PERIOD_FOR, { villageId: village.id, date: `${Y}-03-31` }, admin);
    expect(res.data?.scoringPeriodFor?.month.id).toBe(find('MONTH', 3).id);
    expect(res.data?.scoringPeriodFor?.quarter.id).toBe(find('QUARTER', 1).id);
    expect(res.data?.scoringPeriodFor?.year.id).toBe(find('YEAR', 1).id);
    const none = await t.gql(PERIOD_FOR, { villageId: village.id, date: `${Y + 1}-01-05` }, admin);
    expect(none.errors).toBeUndefined();
    expect(none.data?.scoringPeriodFor).toBeNull();
  });

  it('moves quarters only through tally, notice and final; the database keeps them forward-only', async () => {
    await openYear();
    const q1 = find('QUARTER', 1).id;
    const direct = await t.gql(ADVANCE, { id: q1, to: 'TALLIED', reason: '直接改状态' }, admin);
    expect(errorCode(direct)).toBe('BAD_USER_INPUT');
    expect(direct.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('id');
    expect(direct.errors?.[0]?.message).toContain('tallyPeriod');

    // The trigger binds even a superuser, so this moves the row as one on purpose (the tally and notice
    // services are tested in tests/cycle).
    const move = (to: string) =>
      t.db.adminQuery(`UPDATE scoring_period SET status = $2 WHERE id = $1`, [q1, to]);
    await expect(move('NOTICE')).rejects.toThrow(/only move forward/);
    for (const to of ['TALLIED', 'NOTICE', 'FINAL']) await move(to);
    await expect(move('TALLIED')).rejects.toThrow(/only move forward/);
  });

  it('closes a month by hand, forward only, recording who and why', async () => {
    await openYear();
    const march = find('MONTH', 3).id;
    const closed = await t.gql(ADVANCE, { id: march, to: 'CLOSED', reason: '三月登记结束' }, admin);
    expect(closed.data?.advanceScoringPeriod.status).toBe('CLOSED');
    expect(closed.data?.advanceScoringPeriod.history.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'OPEN'],
      ['OPEN', 'CLOSED'],
    ]);
    expect(closed.data?.advanceScoringPeriod.history[1].reason).toBe('三月登记结束');
    expect(closed.data?.advanceScoringPeriod.history[1].createdBy).toBeTruthy();
    expect(errorCode(await t.gql(ADVANCE, { id: march, to: 'OPEN', reason: '重开' }, admin))).toBe(
      'CONFLICT',
    );
    const february = find('MONTH', 2).id;
    expect(errorCode(await t.gql(ADVANCE, { id: february, to: 'CLOSED', reason: '' }, admin))).toBe(
      'BAD_USER_INPUT',
    );
  });

  // Through the app role's own connection on purpose: the database itself must refuse these.
  it('the database refuses a backward move, changed bounds and edited history through the app role', async () => {
    await openYear();
    await tallyFirstQuarter();
    const scope = { villages: [village.id] };
    const q1 = find('QUARTER', 1).id;
    await expect(
      asAppRole(t, scope, `UPDATE scoring_period SET status = 'OPEN' WHERE id = $1`, [q1]),
    ).rejects.toThrow(/only move forward/);
    const q2 = find('QUARTER', 2).id;
    await expect(
      asAppRole(t, scope, `UPDATE scoring_period SET status = 'FINAL' WHERE id = $1`, [q2]),
    ).rejects.toThrow(/only move forward/);
    await expect(
      asAppRole(t, scope, `UPDATE scoring_period SET ends_on = '${Y}-07-15' WHERE id = $1`, [q2]),
    ).rejects.toThrow(/never change/);
    await expect(
      asAppRole(t, scope, `UPDATE scoring_period_event SET reason = '改写' WHERE period_id = $1`, [q1]),
    ).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, scope, `DELETE FROM scoring_period WHERE id = $1`, [q2])).rejects.toThrow(
      /permission denied/,
    );
    const forward = await asAppRole(t, scope, `UPDATE scoring_period SET status = 'TALLIED' WHERE id = $1`, [
      q2,
    ]);
    expect(forward.rowCount).toBe(1);
    const [row] = await t.db.adminQuery<{ status: string }>(
      'SELECT status FROM scoring_period WHERE id = $1',
      [q1],
    );
    expect(row.status).toBe('TALLIED');
  });

  it("another village cannot open, read or advance this village's periods", async () => {
    await openYear();
    const villageId = village.id;
    expect(errorCode(await t.gql(OPEN_YEAR, { villageId, year: Y }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PERIODS, { villageId, year: Y }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PERIOD_FOR, { villageId, date: `${Y}-05-01` }, other))).toBe('NOT_FOUND');
    const q3 = find('QUARTER', 3).id;
    expect(errorCode(await t.gql(ADVANCE, { id: q3, to: 'TALLIED', reason: '越权' }, other))).toBe(
      'NOT_FOUND',
    );
    const [row] = await t.db.adminQuery<{ status: string }>(
      'SELECT status FROM scoring_period WHERE id = $1',
      [q3],
    );
    expect(row.status).toBe('OPEN');
    const rows = await asAppRole(
      t,
      { villages: [otherVillageId] },
      `UPDATE scoring_period SET status = 'TALLIED' WHERE id = $1`,
      [q3],
    );
    expect(rows.rowCount).toBe(0);
  });

  it('a resident can read but not open or advance periods', async () => {
    await openYear();
    const resident = ((await arrangeResident(t, village, { login: true })).user as ArrangedUser).token;
    const read = await t.gql(PERIODS, { villageId: village.id, year: Y }, resident);
    const advance = await t.gql(
      ADVANCE,
      { id: find('QUARTER', 3).id, to: 'TALLIED', reason: '居民' },
      resident,
    );
    expect(errorCode(advance)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPEN_YEAR, { villageId: village.id, year: Y }, resident))).toBe('FORBIDDEN');
    expect(read.data?.scoringPeriods).toHaveLength(17);
  });

  it('accepts entries late by at most a month and only while the quarter is open', async () => {
    await openYear();
    await tallyFirstQuarter();
    const ctx = systemContext(village.unit, Role.VILLAGE_ADMIN);
    const service = t.app.get(ScoringPeriodService);
    await expect(
      service.assertAcceptsEntry(ctx, village.id, `${Y}-08-10`, `${Y}-08-20`),
    ).resolves.toMatchObject({
      quarter: { id: find('QUARTER', 3).id },
      month: { id: find('MONTH', 8).id },
    });
    await expect(service.assertAcceptsEntry(ctx, village.id, `${Y}-07-01`, `${Y}-08-20`)).rejects.toThrow(
      new RegExp(`${Y}-07-01.*已超过补录期限`),
    );
    await expect(service.assertAcceptsEntry(ctx, village.id, `${Y}-03-30`, `${Y}-04-10`)).rejects.toThrow(
      new RegExp(`${Y}-03-30.*期间已核算`),
    );
    await expect(
      service.assertAcceptsEntry(ctx, village.id, `${Y + 1}-01-02`, `${Y + 1}-01-05`),
    ).rejects.toThrow(/尚未开启/);
  });
});
