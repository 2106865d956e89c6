import { SubjectType } from '@village/platform-common';
import {
  CapMode,
  ItemCategory,
  ItemDirection,
  NO_ACT_RULES,
  ScoreTrack,
  type ItemFields,
} from '@village/rulebook';
import type { PreviewEntry } from './preview-entry';

/** A plain fixed-point credit item for the preview's unit tests; override what a test is about. */
export function item(code: string, fields: Partial<ItemFields> = {}): ItemFields {
  return {
    code,
    name: `事项${code}`,
    description: '',
    category: ItemCategory.CIVIC_VIRTUE,
    direction: ItemDirection.POSITIVE,
    pointsMin: 2,
    pointsMax: 2,
    perUnitPoints: null,
    unitLabel: null,
    track: ScoreTrack.CREDIT,
    subjectTypes: [SubjectType.VILLAGER],
    evidenceRequired: false,
    capPerMonth: null,
    capPerQuarter: null,
    capPerYear: null,
    validityMonths: null,
    repeatMultiplier: 1,
    veto: false,
    household: false,
    pointLevels: null,
    amountBands: null,
    roundingStep: null,
    roundingMode: null,
    perActMax: null,
    capGroup: null,
    capMode: CapMode.REFUSE,
    milestoneSources: null,
    milestoneSpan: null,
    milestones: null,
    ...NO_ACT_RULES,
    ...fields,
  };
}

let seq = 0;

/** A NORMAL credit entry of `residentId` under `itemCode`; seq grows with each call (ledger order). */
export function entry(
  residentId: string,
  itemCode: string,
  points: number,
  fields: Partial<PreviewEntry> = {},
): PreviewEntry {
  seq += 1;
  return {
    id: `e${seq}`,
    seq,
    residentId,
    kind: 'NORMAL',
    reversesEntryId: null,
    itemCode,
    itemName: `事项${itemCode}`,
    track: ScoreTrack.CREDIT,
    points,
    quantity: null,
    repeatMultiplier: 1,
    actedOn: '2026-03-10',
    ...fields,
  };
}

/** The reversal of `original` (same code, negated points, the act's date). */
export function reversal(original: PreviewEntry): PreviewEntry {
  return entry(original.residentId, original.itemCode, -original.points, {
    kind: 'REVERSAL',
    reversesEntryId: original.id,
    actedOn: original.actedOn,
    track: original.track,
  });
}

export const byCode = (...items: ItemFields[]) => new Map(items.map((i) => [i.code, i]));
