import { BadInputException } from '@village/platform-common';

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
