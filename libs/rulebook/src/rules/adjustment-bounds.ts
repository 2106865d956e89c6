import { BadInputException } from '@village/platform-common';
import type { ItemFields } from '../common/item-columns';

export interface Range {
  min: number;
  max: number;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The values a town may set for a framework value: within ±percent of it. */
export function allowedRange(base: number, percent: number): Range {
  return { min: round2(base * (1 - percent / 100)), max: round2(base * (1 + percent / 100)) };
}

export function withinRange(value: number, range: Range): boolean {
  return value >= range.min - 1e-9 && value <= range.max + 1e-9;
}

/**
 * Refuses a town's adjusted value outside the framework's bounds, naming the field, the item and
 * the allowed range.
 */
export function assertAdjustment(
  field: string,
  itemLabel: string,
  base: number,
  value: number,
  percent: number,
): void {
  const range = allowedRange(base, percent);
  if (!withinRange(value, range)) {
    throw BadInputException.field(
      field,
      `事项「${itemLabel}」的调整值 ${value} 超出区框架允许的范围 ${range.min}–${range.max}（框架值 ${base}，上下浮动不超过 ${percent}%）`,
    );
  }
}

export interface AdjustedPoints {
  pointsMin: number | null;
  pointsMax: number | null;
  perUnitPoints: number | null;
}

/**
 * A town's adjusted points for one framework item, each within bounds (null keeps the framework's
 * value), and still a valid range. Returns the values to store.
 */
export function checkedAdjustment(
  item: ItemFields,
  change: { pointsMin?: number | null; pointsMax?: number | null; perUnitPoints?: number | null },
  percent: number,
): AdjustedPoints {
  const label = `${item.code} ${item.name}`;
  const value: AdjustedPoints = {
    pointsMin: change.pointsMin ?? null,
    pointsMax: change.pointsMax ?? null,
    perUnitPoints: change.perUnitPoints ?? null,
  };
  if (value.pointsMin !== null)
    assertAdjustment('pointsMin', label, item.pointsMin, value.pointsMin, percent);
  if (value.pointsMax !== null)
    assertAdjustment('pointsMax', label, item.pointsMax, value.pointsMax, percent);
  if (value.perUnitPoints !== null) {
    if (item.perUnitPoints === null) {
      throw BadInputException.field('perUnitPoints', `事项「${label}」不按数量计分，不能设置每单位分值`);
    }
    assertAdjustment('perUnitPoints', label, item.perUnitPoints, value.perUnitPoints, percent);
  }
  if ((value.pointsMin ?? item.pointsMin) > (value.pointsMax ?? item.pointsMax)) {
    throw BadInputException.field('pointsMin', `事项「${label}」调整后的分值下限不能大于上限`);
  }
  return value;
}
