import { pickItemFields, type ItemFields } from '../common/item-columns';
import { ItemDirection, ItemSource } from '../common/item-enums';

export interface SourcedItem extends ItemFields {
  id: string;
  withdrawn?: boolean;
}

export interface Adjustment {
  itemCode: string;
  disabled: boolean;
  pointsMin: number | null;
  pointsMax: number | null;
  perUnitPoints: number | null;
}

export interface EffectiveItem extends ItemFields {
  source: ItemSource;
  sourceItemId: string;
}

/**
 * The items a village scores by: the framework's minus those the manual disabled, with the town's
 * adjusted points, then the town's items, then the village's. Withdrawn items never count.
 */
export function mergeEffectiveItems(
  framework: SourcedItem[],
  adjustments: Adjustment[],
  town: SourcedItem[],
  village: SourcedItem[],
): EffectiveItem[] {
  const byCode = new Map(adjustments.map((a) => [a.itemCode, a]));
  const result: EffectiveItem[] = [];
  const take = (item: SourcedItem, source: ItemSource, override: Partial<ItemFields> = {}) => {
    result.push({ ...pickItemFields(item), ...override, source, sourceItemId: item.id });
  };
  for (const item of framework) {
    if (item.withdrawn) continue;
    const adjustment = byCode.get(item.code);
    if (adjustment?.disabled) continue;
    take(item, ItemSource.FRAMEWORK, {
      pointsMin: adjustment?.pointsMin ?? item.pointsMin,
      pointsMax: adjustment?.pointsMax ?? item.pointsMax,
      perUnitPoints: adjustment?.perUnitPoints ?? item.perUnitPoints,
    });
  }
  for (const item of town) if (!item.withdrawn) take(item, ItemSource.TOWN);
  for (const item of village) if (!item.withdrawn) take(item, ItemSource.VILLAGE);
  return result;
}

export interface VillageCaps {
  villageMaxPositiveItems: number;
  villageMaxNegativeItems: number;
  villageMaxItemPoints: number;
}

/**
 * Which village items exceed the manual's caps and so need the town's approval: any worth more than
 * the per-item cap, and, per direction, those beyond the allowed count (in the order they were added).
 */
export function itemsNeedingApproval(
  items: (SourcedItem & { position?: number })[],
  caps: VillageCaps,
): Set<string> {
  const needing = new Set<string>();
  const counts = { [ItemDirection.POSITIVE]: 0, [ItemDirection.NEGATIVE]: 0 };
  const limits = {
    [ItemDirection.POSITIVE]: caps.villageMaxPositiveItems,
    [ItemDirection.NEGATIVE]: caps.villageMaxNegativeItems,
  };
  for (const item of items) {
    if (item.withdrawn) continue;
    counts[item.direction] += 1;
    const tooMany = counts[item.direction] > limits[item.direction];
    const tooLarge =
      item.pointsMax > caps.villageMaxItemPoints || (item.perUnitPoints ?? 0) > caps.villageMaxItemPoints;
    if (tooMany || tooLarge) needing.add(item.id);
  }
  return needing;
}
