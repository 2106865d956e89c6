import { BadInputException } from '@village/platform-common';
import { isQuantified, showPoints, type ItemFields } from '@village/rulebook';
import { actPoints } from '@village/scoring';
import { round2, type PreviewEntry } from './preview-entry';

/** An act's magnitude under the draft item, before caps; 0 with the reason when the draft would refuse it. */
export interface DraftMagnitude {
  magnitude: number;
  note: string | null;
}

const nearestLevel = (levels: readonly number[], value: number) =>
  levels.reduce((best, level) => (Math.abs(level - value) < Math.abs(best - value) ? level : best));

/**
 * What the reviewer chose for the act, as the draft item can take it: the recorded magnitude (before
 * the repeat multiplier) clamped into the draft's range and per-act maximum, or the nearest of the
 * draft's levels. A fixed-value draft item therefore gives its one value.
 */
function chosenUnderDraft(entry: PreviewEntry, draft: ItemFields): number {
  const recorded = Math.abs(entry.points) / (entry.repeatMultiplier || 1);
  if (draft.pointLevels?.length) return nearestLevel(draft.pointLevels, recorded);
  const top = Math.min(draft.pointsMax, draft.perActMax ?? Infinity);
  return round2(Math.min(Math.max(recorded, draft.pointsMin), top));
}

/**
 * One act's magnitude under the draft item by the rules the review applies (points-rules.ts): a
 * quantified item (per unit, bands) from the act's quantity; others from what the reviewer chose, as
 * the draft can take it. The repeat multiplier stays if the act was a repeat and the draft still
 * multiplies repeats. An act the draft's rule would refuse (an amount outside every band, a per-act
 * maximum that refuses) scores nothing, and the note says why.
 */
export function draftMagnitude(entry: PreviewEntry, draft: ItemFields): DraftMagnitude {
  const quantified = isQuantified(draft);
  if (quantified && entry.quantity === null) {
    // Scored without a quantity under the list: the draft's rate has nothing to multiply.
    const magnitude = chosenUnderDraft(entry, { ...draft, pointLevels: null });
    return { magnitude, note: `该记录无数量，按原分值计入草案范围为 ${showPoints(magnitude)} 分` };
  }
  let base: number;
  try {
    base = actPoints(
      draft,
      quantified ? entry.quantity : null,
      quantified ? null : chosenUnderDraft(entry, draft),
    ).magnitude;
  } catch (error) {
    if (!(error instanceof BadInputException)) throw error;
    const reasons = error.fields.flatMap((f) => f.reasons).join('；') || error.message;
    return { magnitude: 0, note: `按草案不予计分：${reasons}` };
  }
  const repeat = entry.repeatMultiplier !== 1 && draft.validityMonths ? draft.repeatMultiplier : 1;
  return { magnitude: round2(base * repeat), note: null };
}
