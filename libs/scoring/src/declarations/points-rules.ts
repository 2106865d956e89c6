import { BadInputException } from '@village/platform-common';
import {
  bandLabel,
  CapMode,
  isQuantified,
  RoundingMode,
  ROUNDING_WORDS,
  showPoints,
} from '@village/rulebook';
import type { AmountBand, ItemFields, PointRuleItem } from '@village/rulebook';

/** The item fields that decide what one act scores. */
export type ActRuleItem = PointRuleItem & Pick<ItemFields, 'code'>;

/** An act's points before sign and caps, with the steps that produced them in plain Chinese. */
export interface ActPoints {
  magnitude: number;
  notes: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Rounds rate-computed points to the item's step. Works in hundredths (integers), so 52 × 0.01 = 0.52
 * rounds down to 0.5 and not, through a binary fraction, to 0.4.
 */
export function roundPoints(value: number, step: number | null, mode: RoundingMode | null): number {
  const hundredths = Math.round(value * 1e6) / 1e4; // tame float noise before flooring
  const unit = Math.round((step ?? 0.01) * 100);
  const units = mode === RoundingMode.DOWN ? Math.floor(hundredths / unit) : Math.round(hundredths / unit);
  return (units * unit) / 100;
}

/** The band an amount falls in: from (inclusive) up to to (exclusive; open-ended when null). */
export function bandFor(bands: readonly AmountBand[], amount: number): AmountBand | null {
  return bands.find((b) => amount >= b.from && (b.to === null || amount < b.to)) ?? null;
}

function rated(item: ActRuleItem, rate: number, quantity: number, unit: string, notes: string[]): number {
  const raw = rate * quantity;
  const rounded = roundPoints(raw, item.roundingStep, item.roundingMode);
  const product = `${quantity}${unit} × 每${unit} ${rate} 分 = ${Math.round(raw * 1e4) / 1e4} 分`;
  if (Math.abs(rounded - raw) > 1e-9 && item.roundingStep !== null) {
    const how = ROUNDING_WORDS[item.roundingMode ?? RoundingMode.NEAREST];
    notes.push(`${product}，按 ${item.roundingStep} 分${how}取整为 ${showPoints(rounded)} 分`);
  } else {
    notes.push(product);
  }
  return rounded;
}

/** The quantified part: per unit × quantity, or the amount's band (a fixed value or a per-unit rate). */
function quantifiedMagnitude(item: ActRuleItem, quantity: number, notes: string[]): number {
  const unit = item.unitLabel ?? '单位';
  if (item.amountBands?.length) {
    const band = bandFor(item.amountBands, quantity);
    if (!band) {
      throw BadInputException.field('quantity', `事项 ${item.code} 的分档不含 ${quantity}${unit}，无法计分`);
    }
    if (band.points !== null) {
      notes.push(`${quantity}${unit}属「${bandLabel(band, unit)}」档，记 ${showPoints(band.points)} 分`);
      return band.points;
    }
    notes.push(`${quantity}${unit}属「${bandLabel(band, unit)}」档`);
    return rated(item, band.perUnit ?? 0, quantity, unit, notes);
  }
  return rated(item, item.perUnitPoints ?? 0, quantity, unit, notes);
}

/**
 * What one act scores by its item's rule, before the sign, the repeat multiplier and the caps:
 * quantified items compute their points (a reviewer's `chosen` must agree); others take the reviewer's
 * choice among the item's levels or within its range. The per-act maximum (the item's upper bound, or
 * `perActMax` when lower) clamps or refuses as the item's cap mode says.
 */
export function actPoints(
  item: ActRuleItem,
  quantity: number | null,
  chosen: number | null | undefined,
): ActPoints {
  const notes: string[] = [];
  const given = chosen === null || chosen === undefined ? null : round2(Math.abs(chosen));
  let magnitude: number;
  if (isQuantified(item)) {
    magnitude = quantifiedMagnitude(item, quantity ?? 0, notes);
  } else if (item.pointLevels?.length) {
    if (given === null) {
      throw BadInputException.field(
        'points',
        `事项 ${item.code} 按档次计分，请在 ${item.pointLevels.join('、')} 分中选择`,
      );
    }
    if (!item.pointLevels.some((level) => round2(level) === given)) {
      throw BadInputException.field(
        'points',
        `事项 ${item.code} 只能记 ${item.pointLevels.join('、')} 分之一，不能记 ${given} 分`,
      );
    }
    notes.push(`按档次记 ${showPoints(given)} 分（可选 ${item.pointLevels.join('、')} 分）`);
    magnitude = given;
  } else {
    if (given === null && item.pointsMin !== item.pointsMax) {
      throw BadInputException.field('points', `请在 ${item.pointsMin}–${item.pointsMax} 分之间选择分值`);
    }
    // A fixed-value item needs no choice: its one value is the points.
    magnitude = given ?? item.pointsMin;
  }
  const field = isQuantified(item) ? 'quantity' : 'points';
  const clamps = item.capMode === CapMode.CLAMP && isQuantified(item);
  const actMax = Math.min(item.pointsMax, item.perActMax ?? Infinity);
  if (magnitude > actMax + 1e-9 && clamps) {
    notes.push(`单次最多 ${showPoints(actMax)} 分，按 ${showPoints(actMax)} 分计`);
    magnitude = actMax;
  }
  if (item.perActMax !== null && magnitude > actMax + 1e-9) {
    throw BadInputException.field(
      field,
      `事项 ${item.code} 单次最多 ${showPoints(actMax)} 分，本次 ${showPoints(magnitude)} 分超出`,
    );
  }
  if (magnitude < item.pointsMin - 1e-9 || magnitude > item.pointsMax + 1e-9) {
    throw BadInputException.field(
      field,
      `事项 ${item.code} 的分值应在 ${item.pointsMin}–${item.pointsMax} 分之间，实际为 ${showPoints(magnitude)}`,
    );
  }
  if (isQuantified(item) && given !== null && given !== round2(magnitude)) {
    throw BadInputException.field(
      'points',
      `按单位或分档计分的事项 ${item.code} 分值为 ${showPoints(magnitude)}，不能另行指定`,
    );
  }
  return { magnitude: round2(magnitude), notes };
}
