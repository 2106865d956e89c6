import { addDays } from '@village/platform-common';
import { OrgLevel, RequestContext } from '@village/platform-tenancy';
import { ScoringPeriodService } from '@village/scoring';
import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import { asAppRole, unitIds } from '../rulebook/rulebook-support';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';

const Y = DEMO_YEAR;
/** The last day of February of the demo year (leap years included). */
const FEB_END = addDays(`${Y}-03-01`, -1);

const PERIOD_FIELDS = 'id villageId kind year number startsOn endsOn status';
const OPEN_YEAR = `mutation($villageId: ID!, $year: Int!) { openScoringYear(villageId: $villageId, year: $year) { ${PERIOD_FIELDS} } }`;
const PERIODS = `query($villageId: ID!, $year: Int!) { scoringPeriods(villageId: $villageId, year: $year) { ${PERIOD_FIELDS} } }`;
const PERIOD_FOR = `query($villageId: ID!, $date: String!) { scoringPeriodFor(villageId: $villageId, date: $date) {
  month { ${PERIOD_FIELDS} } quarter { ${PERIOD_FIELDS} } year { ${PERIOD_FIELDS} } } }`;
const ADVANCE = `mutation($id: ID!, $to: ScoringPeriodStatus!, $reason: String!) {
  advanceScoringPeriod(id: $id, to: $to, reason: $reason) { ${PERIOD_FIELDS} history { fromStatus toStatus reason createdBy } } }`;

interface Period {
  id: string;
  kind: string;
  year: number;
  number: number;
  startsOn: string;
  endsOn: string;
  status: string;
}

/** The demo seeds an adopted scoring list for 大泽头村 for the demo year (Y) and none for the next. */
describe('scoring periods', () => {
  let t: TestApp;
  let units: Record<string, string>;
  let admin: string;
  let other: string;
  let periods: Period[];
  const find = (kind: string, number: number) =>
    periods.find((p) => p.kind === kind && p.number === number) as Period;

  beforeAll(async () => {
    t = await startTestApp();
    units = await unitIds(t);
    admin = await t.login('dazetou-admin');
    other = await t.login('houjiaan-admin');
  });
  afterAll(() => t.close());

  it('opens the demo year with 12 months, 4 quarters and the year, bounded by the calendar', async () => {
    const res = await t.gql<{ openScoringYear: Period[] }>(
      OPEN_YEAR,
      { villageId: units['大泽头村'], year: Y },
      admin,
    );
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
      [units['大泽头村']],
    );
    expect(events.n).toBe(17);
  });

  it('is idempotent: opening again returns the same periods and creates nothing', async () => {
    const again = await t.gql<{ openScoringYear: Period[] }>(
      OPEN_YEAR,
      { villageId: units['大泽头村'], year: Y },
      admin,
    );
    expect((again.data?.openScoringYear ?? []).map((p) => p.id).sort()).toEqual(
      periods.map((p) => p.id).sort(),
    );
    const [count] = await t.db.adminQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM scoring_period WHERE village_id = $1',
      [units['大泽头村']],
    );
    expect(count.n).toBe(17);
    const listed = await t.gql<{ scoringPeriods: Period[] }>(
      PERIODS,
      { villageId: units['大泽头村'], year: Y },
      admin,
    );
    expect(listed.data?.scoringPeriods).toHaveLength(17);
  });

  it('refuses a year without an adopted scoring list', async () => {
    const res = await t.gql(OPEN_YEAR, { villageId: units['大泽头村'], year: Y + 1 }, admin);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(new RegExp(`${Y + 1} 年度积分评价清单`));
    const [count] = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM scoring_period WHERE year = ${Y + 1}`,
    );
    expect(count.n).toBe(0);
  });

  it('finds the month, quarter and year containing a date', async () => {
    const res = await t.gql<{ scoringPeriodFor: Record<string, Period> }>(
      PERIOD_FOR,
      { villageId: units['大泽头村'], date: `${Y}-03-31` },
      admin,
    );
    expect(res.data?.scoringPeriodFor.month.id).toBe(find('MONTH', 3).id);
    expect(res.data?.scoringPeriodFor.quarter.id).toBe(find('QUARTER', 1).id);
    expect(res.data?.scoringPeriodFor.year.id).toBe(find('YEAR', 1).id);
    const none = await t.gql(PERIOD_FOR, { villageId: units['大泽头村'], date: `${Y + 1}-01-05` }, admin);
    expect(none.errors).toBeUndefined();
    expect(none.data?.scoringPeriodFor).toBeNull();
  });

  it('moves quarters only through tally, notice and final; the database keeps them forward-only', async () => {
    const q1 = find('QUARTER', 1).id;
    const direct = await t.gql(ADVANCE, { id: q1, to: 'TALLIED', reason: '直接改状态' }, admin);
    expect(errorCode(direct)).toBe('BAD_USER_INPUT');
    expect(direct.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('id');
    expect(direct.errors?.[0]?.message).toContain('tallyPeriod');

    // The trigger binds even a superuser (the tally and notice services are tested in tally.spec.ts).
    const move = (to: string) =>
      t.db.adminQuery(`UPDATE scoring_period SET status = $2 WHERE id = $1`, [q1, to]);
    await expect(move('NOTICE')).rejects.toThrow(/only move forward/);
    for (const to of ['TALLIED', 'NOTICE', 'FINAL']) await move(to);
    await expect(move('TALLIED')).rejects.toThrow(/only move forward/);
  });

  it('closes a month by hand, forward only, recording who and why', async () => {
    const march = find('MONTH', 3).id;
    const closed = await t.gql<{
      advanceScoringPeriod: Period & {
        history: { fromStatus: string | null; toStatus: string; reason: string; createdBy: string }[];
      };
    }>(ADVANCE, { id: march, to: 'CLOSED', reason: '三月登记结束' }, admin);
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

  it('the database refuses a backward move, changed bounds and edited history through the app role', async () => {
    const scope = { villages: [units['大泽头村']] };
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
    expect(row.status).toBe('FINAL');
  });

  it('another village cannot open, read or advance 大泽头村 periods', async () => {
    const village = units['大泽头村'];
    expect(errorCode(await t.gql(OPEN_YEAR, { villageId: village, year: Y }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PERIODS, { villageId: village, year: Y }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PERIOD_FOR, { villageId: village, date: `${Y}-05-01` }, other))).toBe(
      'NOT_FOUND',
    );
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
      { villages: [units['侯家庵村']] },
      `UPDATE scoring_period SET status = 'TALLIED' WHERE id = $1`,
      [q3],
    );
    expect(rows.rowCount).toBe(0);
  });

  it('a resident can read but not open or advance periods', async () => {
    const resident = await t.login('dazetou-resident');
    const read = await t.gql(PERIODS, { villageId: units['大泽头村'], year: Y }, resident);
    const advance = await t.gql(
      ADVANCE,
      { id: find('QUARTER', 3).id, to: 'TALLIED', reason: '居民' },
      resident,
    );
    expect(errorCode(advance)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPEN_YEAR, { villageId: units['大泽头村'], year: Y }, resident))).toBe(
      'FORBIDDEN',
    );
    expect(read.data?.scoringPeriods).toHaveLength(17);
  });

  it('accepts entries late by at most a month and only while the quarter is open', async () => {
    const village = units['大泽头村'];
    const ctx = RequestContext.system([
      {
        role: 'SYSTEM',
        permissions: new Set(),
        unit: {
          id: village,
          level: OrgLevel.VILLAGE,
          name: '大泽头村',
          districtId: units['文登区'],
          townId: units['宋村镇'],
          villageId: village,
        },
      },
    ]);
    const service = t.app.get(ScoringPeriodService);
    await expect(service.assertAcceptsEntry(ctx, village, `${Y}-08-10`, `${Y}-08-20`)).resolves.toMatchObject(
      {
        quarter: { id: find('QUARTER', 3).id },
        month: { id: find('MONTH', 8).id },
      },
    );
    await expect(service.assertAcceptsEntry(ctx, village, `${Y}-07-01`, `${Y}-08-20`)).rejects.toThrow(
      new RegExp(`${Y}-07-01.*已超过补录期限`),
    );
    await expect(service.assertAcceptsEntry(ctx, village, `${Y}-03-30`, `${Y}-04-10`)).rejects.toThrow(
      new RegExp(`${Y}-03-30.*期间已核算`),
    );
    await expect(
      service.assertAcceptsEntry(ctx, village, `${Y + 1}-01-02`, `${Y + 1}-01-05`),
    ).rejects.toThrow(/尚未开启/);
  });
});
