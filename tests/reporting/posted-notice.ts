import { SubjectType as S } from '@village/platform-common';
import { DigestLogService } from '@village/reporting';
import type { OrgRef } from '@village/platform-tenancy';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import type { TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeFinalQuarter,
  arrangeOpenYear,
  arrangeResident,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTalliedQuarter,
  arrangeTown,
  villageItem,
  type ArrangedVillage,
} from '../support/arrange';

const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;
const HELPING = villageItem('PN1', '帮助邻里', { pointsMin: 1, pointsMax: 5 });

export interface PostedNotice {
  village: ArrangedVillage;
  /** The first quarter's posted notice (final, logged in the district's digest log). */
  noticeId: string;
  /** The second quarter: tallied, never posted. */
  unpostedPeriodId: string;
  unpostedTallyId: string;
}

/**
 * A new town and village in `district` whose residents (`names`, each with an approved act of 1, 2, …
 * points) have a first quarter tallied, posted and final — its notice logged (DigestLogService.sync) —
 * and a second quarter tallied but not posted.
 */
export async function arrangePostedNotice(
  t: TestApp,
  district: OrgRef,
  names: string[],
): Promise<PostedNotice> {
  t.setToday(on('01-05'));
  const town = await arrangeTown(t, district);
  await arrangeRulebook(t, district, [town]);
  const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [HELPING], open: false });
  const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
  t.setToday(on('02-15'));
  for (const [i, name] of names.entries()) {
    const resident = await arrangeResident(t, village, { name, roles: [S.VILLAGER] });
    await arrangeApprovedAct(t, village, {
      residentId: resident.id,
      itemCode: 'PN1',
      actedOn: on('02-10'),
      points: (i % 5) + 1,
    });
  }
  await arrangeFinalQuarter(t, village, periods, 1);
  const unpostedPeriodId = await arrangeTalliedQuarter(t, village, periods, 2);
  const [tally] = await t.db.adminQuery<{ id: string }>('SELECT id FROM score_tally WHERE period_id = $1', [
    unpostedPeriodId,
  ]);
  const [notice] = await t.db.adminQuery<{ id: string }>(
    'SELECT id FROM public_notice WHERE village_id = $1 ORDER BY posted_at LIMIT 1',
    [village.id],
  );
  await t.app.get(DigestLogService).sync(district.id);
  return { village, noticeId: notice.id, unpostedPeriodId, unpostedTallyId: tally.id };
}
