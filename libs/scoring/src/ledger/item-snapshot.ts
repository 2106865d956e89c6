import { RecordLevel } from '@village/rulebook';

/**
 * The item an entry was scored under, as it stood then: frozen on the entry, so a later change of the
 * rulebook never changes what an entry says (docs/domain.md §6) — its text and range, which credit
 * record it counts in, and the direct judgement it carries (DOMAIN.md §13).
 */
export interface ItemSnapshot {
  itemCode: string;
  itemName: string;
  itemPointsMin: number;
  itemPointsMax: number;
  recordLevel: RecordLevel;
  /** The highest year-end grade while the entry stands (a direct judgement), or null. */
  judgementGrade: string | null;
  /** The most stars while the entry stands (a direct judgement), or null. */
  judgementStars: number | null;
}

/** The snapshot of a rulebook item (or of a correction's own code, name and points). */
export function snapshotOfItem(item: {
  code: string;
  name: string;
  pointsMin: number;
  pointsMax: number;
  recordLevel?: RecordLevel;
  judgementGrade?: string | null;
  judgementStars?: number | null;
}): ItemSnapshot {
  return {
    itemCode: item.code,
    itemName: item.name,
    itemPointsMin: item.pointsMin,
    itemPointsMax: item.pointsMax,
    recordLevel: item.recordLevel ?? RecordLevel.BOTH,
    judgementGrade: item.judgementGrade ?? null,
    judgementStars: item.judgementStars ?? null,
  };
}

/** The snapshot carried by an entry or a request, copied (a reversal keeps its original's). */
export function itemSnapshotOf(row: {
  itemCode: string;
  itemName: string;
  itemPointsMin: number;
  itemPointsMax: number;
  recordLevel?: RecordLevel;
  judgementGrade?: string | null;
  judgementStars?: number | null;
}): ItemSnapshot {
  return {
    itemCode: row.itemCode,
    itemName: row.itemName,
    itemPointsMin: row.itemPointsMin,
    itemPointsMax: row.itemPointsMax,
    recordLevel: row.recordLevel ?? RecordLevel.BOTH,
    judgementGrade: row.judgementGrade ?? null,
    judgementStars: row.judgementStars ?? null,
  };
}
