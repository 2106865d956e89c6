import { addDays } from '@village/platform-common';
import { FINALIZE_PERIOD, PUBLISH_TALLY, TALLY_PERIOD } from '../documents/scoring';
import { expectOk, type TestApp } from '../test-app';
import type { OpenedPeriod } from './scoring';
import type { ArrangedVillage } from './village';

/**
 * The scoring cycle through the API as the village's credit council: what only exists after weeks of
 * the calendar (a tallied quarter, a final one, a tallied year). These move China's "today" forward
 * (t.setToday) as the real calendar would, and leave it at the last step's date.
 */

const periodOf = (periods: OpenedPeriod[], kind: string, number: number): OpenedPeriod => {
  const period = periods.find((p) => p.kind === kind && p.number === number);
  if (!period) throw new Error(`no ${kind} ${number} among the periods`);
  return period;
};

/** Tallies a quarter the day after it ends. */
export async function arrangeTalliedQuarter(
  t: TestApp,
  village: ArrangedVillage,
  periods: OpenedPeriod[],
  quarter: number,
): Promise<string> {
  const period = periodOf(periods, 'QUARTER', quarter);
  t.setToday(addDays(period.endsOn, 1));
  expectOk(await t.gql(TALLY_PERIOD, { p: period.id }, village.council.token));
  return period.id;
}

/** Tallies a period, posts it and, once the notice is over, makes it final. */
async function closePeriod(t: TestApp, village: ArrangedVillage, period: OpenedPeriod): Promise<void> {
  t.setToday(addDays(period.endsOn, 1));
  const token = village.council.token;
  expectOk(await t.gql(TALLY_PERIOD, { p: period.id }, token));
  const notice = expectOk(await t.gql(PUBLISH_TALLY, { p: period.id }, token)).publishTally;
  t.setToday(addDays(notice.endsOn, 1));
  expectOk(await t.gql(FINALIZE_PERIOD, { p: period.id }, token));
}

/** Every quarter of the year closed (tallied, posted, final), then the year itself tallied. */
export async function arrangeTalliedYear(
  t: TestApp,
  village: ArrangedVillage,
  periods: OpenedPeriod[],
): Promise<void> {
  for (const n of [1, 2, 3, 4]) await closePeriod(t, village, periodOf(periods, 'QUARTER', n));
  const year = periodOf(periods, 'YEAR', 1);
  t.setToday(addDays(year.endsOn, 12));
  expectOk(await t.gql(TALLY_PERIOD, { p: year.id }, village.council.token));
}

/** One quarter closed (tallied, posted and, after its notice, final): redeemable points are credited. */
export async function arrangeFinalQuarter(
  t: TestApp,
  village: ArrangedVillage,
  periods: OpenedPeriod[],
  quarter: number,
): Promise<string> {
  const period = periodOf(periods, 'QUARTER', quarter);
  await closePeriod(t, village, period);
  return period.id;
}
