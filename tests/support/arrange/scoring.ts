import type { OrgRef } from '@village/platform-tenancy';
import type { ItemFields } from '@village/rulebook';
import { LedgerService, ScoringPeriodService } from '@village/scoring';
import { DEMO_SCORING_LIST } from '../../../apps/api/src/demo/demo-rulebook.data';
import { REGISTER_ACT, REVIEW_DECISION } from '../documents/scoring';
import { expectOk, type TestApp } from '../test-app';
import { unique } from './unique';
import { arrangeAdoptedList, arrangeVillage, type ArrangedVillage } from './village';

/** 大泽头村's own items (V01, V02), so an arranged village scores as the demo village does. */
export const DEMO_VILLAGE_ITEMS: readonly ItemFields[] = DEMO_SCORING_LIST.villageItems;

/**
 * A new village of `town` ready to score `year`: its list adopted (the town's manual plus, by default,
 * 大泽头村's own items) and, unless `open: false`, the year's periods open.
 */
export async function arrangeScoringVillage(
  t: TestApp,
  town: OrgRef,
  year: number,
  options: { villageItems?: readonly ItemFields[]; open?: boolean } = {},
): Promise<ArrangedVillage> {
  const village = await arrangeVillage(t, town);
  await arrangeAdoptedList(t, village, year, [...(options.villageItems ?? DEMO_VILLAGE_ITEMS)]);
  if (options.open !== false) await arrangeOpenYear(t, village, year);
  return village;
}

export interface OpenedPeriod {
  id: string;
  kind: string;
  number: number;
  status: string;
  startsOn: string;
  endsOn: string;
}

/** The village's months, quarters and year of `year`, opened through the period service. */
export async function arrangeOpenYear(
  t: TestApp,
  village: ArrangedVillage,
  year: number,
): Promise<OpenedPeriod[]> {
  const periods = await t.app.get(ScoringPeriodService).openYear(village.admin.ctx, village.id, year);
  return periods.map(({ id, kind, number, status, startsOn, endsOn }) => ({
    id,
    kind,
    number,
    status,
    startsOn,
    endsOn,
  }));
}

export interface ActSpec {
  residentId: string;
  itemCode: string;
  actedOn: string;
  /** The points the council chooses within the item's range; the item's minimum if not given. */
  points?: number;
  quantity?: number;
  key?: string;
}

/**
 * The village admin registers an act and the credit council approves it, through the API as those two
 * users: one ledger entry. Returns the declaration and the entry.
 */
export async function arrangeApprovedAct(
  t: TestApp,
  village: ArrangedVillage,
  act: ActSpec,
): Promise<{ declarationId: string; entryId: string }> {
  const registered = expectOk(
    await t.gql(
      REGISTER_ACT,
      {
        input: {
          residentId: act.residentId,
          itemCode: act.itemCode,
          actedOn: act.actedOn,
          quantity: act.quantity,
          note: '测试登记',
          idempotencyKey: act.key ?? unique('act-'),
        },
      },
      village.admin.token,
    ),
  ).registerAct;
  expectOk(
    await t.gql(
      REVIEW_DECISION,
      { input: { declarationId: registered.id, decision: 'APPROVE', points: act.points } },
      village.council.token,
    ),
  );
  const entries = await t.app
    .get(LedgerService)
    .entriesOf(village.council.ctx, { residentId: act.residentId, limit: 1000, offset: 0 });
  const entry = entries.items.find((e) => e.declarationId === registered.id);
  if (!entry) throw new Error(`no ledger entry for declaration ${registered.id}`);
  return { declarationId: registered.id, entryId: entry.id };
}
