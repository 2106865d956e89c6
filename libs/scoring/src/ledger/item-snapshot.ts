/**
 * The item an entry was scored under, as it stood then: frozen on the entry, so a later change of the
 * rulebook never changes what an entry says (docs/domain.md §6).
 */
export interface ItemSnapshot {
  itemCode: string;
  itemName: string;
  itemPointsMin: number;
  itemPointsMax: number;
}

/** The snapshot of a rulebook item (or of a correction's own code, name and points). */
export function snapshotOfItem(item: {
  code: string;
  name: string;
  pointsMin: number;
  pointsMax: number;
}): ItemSnapshot {
  return {
    itemCode: item.code,
    itemName: item.name,
    itemPointsMin: item.pointsMin,
    itemPointsMax: item.pointsMax,
  };
}

/** The snapshot carried by an entry or a request, copied (a reversal keeps its original's). */
export function itemSnapshotOf(row: ItemSnapshot): ItemSnapshot {
  return {
    itemCode: row.itemCode,
    itemName: row.itemName,
    itemPointsMin: row.itemPointsMin,
    itemPointsMax: row.itemPointsMax,
  };
}
