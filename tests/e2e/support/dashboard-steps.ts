import { SubjectType as S } from '@village/platform-common';
import { FiguresRefreshService } from '@village/reporting';
import { DEMO_YEAR } from '../../../apps/api/src/demo/demo-year';
import {
  arrangeApprovedAct,
  arrangeFinalQuarter,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  type ArrangedVillage,
} from '../../support/arrange';
import { expectOk, type TestApp } from '../../support/test-app';

const BOARD = `query ($u: ID!, $y: Int!) { dashboard(unitId: $u, year: $y, periodKind: YEAR, periodNumber: 1) {
  rows { unitName values { key value } } } }`;
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

export interface DashboardRow {
  unitName: string;
  values: { key: string; value: number | null }[];
}

/**
 * A new village of 宋村镇 for the dashboard journeys: its `residents`, the first of whom took part
 * (an approved P03 in February), the first quarter final, the district's roll-up refreshed; and the
 * district dashboard's town rows as the API gives them to wendeng-admin, to compare the screen with.
 */
export async function arrangeDashboardVillage(
  t: TestApp,
  residents: string[],
): Promise<{ village: ArrangedVillage; towns: DashboardRow[]; districtId: string }> {
  const units = await orgUnits(t);
  t.setToday(on('02-01'));
  const village = await arrangeScoringVillage(t, units['宋村镇'], DEMO_YEAR, { open: false });
  const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
  const people = [];
  for (const name of residents) people.push(await arrangeResident(t, village, { name, roles: [S.VILLAGER] }));
  t.setToday(on('02-15'));
  await arrangeApprovedAct(t, village, { residentId: people[0].id, itemCode: 'P03', actedOn: on('02-10') });
  await arrangeFinalQuarter(t, village, periods, 1);
  t.setToday(null);
  const districtId = units['文登区'].id;
  await t.app.get(FiguresRefreshService).refreshDistrict(districtId);
  const admin = await t.login('wendeng-admin');
  const towns = expectOk(
    await t.gql<{ dashboard: { rows: DashboardRow[] } }>(BOARD, { u: districtId, y: DEMO_YEAR }, admin),
  ).dashboard.rows;
  return { village, towns, districtId };
}
