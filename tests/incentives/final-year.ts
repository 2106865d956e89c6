import { addDays } from '@village/platform-common';
import { finalYearResults, type FinalYear } from '@village/grading';
import { TenantDb } from '@village/platform-tenancy';
import { FINALIZE_PERIOD, PUBLISH_TALLY } from '../support/documents/scoring';
import { expectOk, type TestApp } from '../support/test-app';
import { arrangeTalliedYear, type ArrangedVillage, type OpenedPeriod } from '../support/arrange';

/**
 * The village's year tallied (arrangeTalliedYear), then posted and, once its notice is over, made
 * FINAL through the API as the credit council: the year-end results incentives reads.
 */
export async function arrangeFinalYear(
  t: TestApp,
  village: ArrangedVillage,
  periods: OpenedPeriod[],
): Promise<FinalYear> {
  await arrangeTalliedYear(t, village, periods);
  const year = periods.find((p) => p.kind === 'YEAR') as OpenedPeriod;
  const token = village.council.token;
  const notice = expectOk(await t.gql(PUBLISH_TALLY, { p: year.id }, token)).publishTally;
  t.setToday(addDays(notice.endsOn, 1));
  expectOk(await t.gql(FINALIZE_PERIOD, { p: year.id }, token));
  const final = await t.app.get(TenantDb).run(village.council.ctx, (tx) => finalYearResults(tx, village.id));
  if (!final) throw new Error('the year did not become final');
  return final;
}
