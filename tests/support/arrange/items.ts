import { SubjectType as S } from '@village/platform-common';
import {
  CapMode,
  ItemCategory,
  ItemDirection,
  NO_ACT_RULES,
  ScoreTrack,
  type ItemFields,
} from '@village/rulebook';

/**
 * A village's own item for villagers on the credit track, 1–5 points and no other rule; a suite
 * overrides what it is about.
 */
export function villageItem(code: string, name: string, fields: Partial<ItemFields> = {}): ItemFields {
  return {
    code,
    name,
    description: '',
    category: ItemCategory.PUBLIC_WELFARE,
    direction: ItemDirection.POSITIVE,
    pointsMin: 1,
    pointsMax: 5,
    perUnitPoints: null,
    unitLabel: null,
    track: ScoreTrack.CREDIT,
    subjectTypes: [S.VILLAGER],
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
