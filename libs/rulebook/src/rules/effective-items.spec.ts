import type { ItemFields } from '../common/item-columns';
import { PLAIN_POINT_RULE } from './point-rule.fixtures';
import { ItemCategory, ItemDirection, ItemSource, ScoreTrack } from '../common/item-enums';
import { SubjectType } from '@village/platform-common';
import { itemsNeedingApproval, mergeEffectiveItems, type SourcedItem } from './effective-items';

function item(code: string, over: Partial<ItemFields & { withdrawn: boolean }> = {}): SourcedItem {
  return {
    id: `id-${code}`,
    code,
    name: code,
    description: '',
    category: ItemCategory.PUBLIC_WELFARE,
    direction: ItemDirection.POSITIVE,
    pointsMin: 1,
    pointsMax: 2,
    perUnitPoints: null,
    unitLabel: null,
    track: ScoreTrack.CREDIT,
    subjectTypes: [SubjectType.VILLAGER],
    evidenceRequired: false,
    ...PLAIN_POINT_RULE,
    capPerMonth: null,
    capPerQuarter: null,
    capPerYear: null,
    validityMonths: null,
    repeatMultiplier: 1,
    veto: false,
    household: false,
    ...over,
  };
}

describe('effective items of a village list', () => {
  it('drops disabled and withdrawn items, applies adjustments, and tags each source', () => {
    const result = mergeEffectiveItems(
      [item('A'), item('B'), item('C', { withdrawn: true })],
      [
        { itemCode: 'A', disabled: false, pointsMin: null, pointsMax: 2.4, perUnitPoints: null },
        { itemCode: 'B', disabled: true, pointsMin: null, pointsMax: null, perUnitPoints: null },
      ],
      [item('T')],
      [item('V'), item('W', { withdrawn: true })],
    );
    expect(result.map((r) => `${r.source}:${r.code}:${r.pointsMin}-${r.pointsMax}`)).toEqual([
      `${ItemSource.FRAMEWORK}:A:1-2.4`,
      `${ItemSource.TOWN}:T:1-2`,
      `${ItemSource.VILLAGE}:V:1-2`,
    ]);
  });

  it('flags village items beyond the count or point caps for town approval', () => {
    const caps = { villageMaxPositiveItems: 1, villageMaxNegativeItems: 1, villageMaxItemPoints: 2 };
    const needing = itemsNeedingApproval(
      [
        item('P1'),
        item('P2'),
        item('N1', { direction: ItemDirection.NEGATIVE, pointsMax: 3 }),
        item('X', { withdrawn: true, pointsMax: 9 }),
      ],
      caps,
    );
    expect([...needing].sort()).toEqual(['id-N1', 'id-P2']);
  });
});
