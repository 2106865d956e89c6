import { BadInputException } from '@village/platform-common';
import { ItemDirection } from '@village/rulebook';
import type { ItemFields } from '@village/rulebook';

type PointsItem = Pick<
  ItemFields,
  'code' | 'direction' | 'pointsMin' | 'pointsMax' | 'perUnitPoints' | 'repeatMultiplier'
>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** First and last day of the calendar month, quarter and year containing `date` (YYYY-MM-DD). */
export function capWindows(date: string): {
  month: [string, string];
  quarter: [string, string];
  year: [string, string];
} {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastDay = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  const ymd = (m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const qStart = Math.floor((month - 1) / 3) * 3 + 1;
  return {
    month: [ymd(month, 1), ymd(month, lastDay(month))],
    quarter: [ymd(qStart, 1), ymd(qStart + 2, lastDay(qStart + 2))],
    year: [ymd(1, 1), ymd(12, 31)],
  };
}

/**
 * The points a pending declaration claims towards the item's caps: per-unit items their units × points,
 * others the item's lowest value (the reviewer may give more; caps count what is certainly claimed).
 */
export function claimedPoints(
  item: Pick<ItemFields, 'pointsMin' | 'perUnitPoints'>,
  quantity: number | null,
): number {
  return item.perUnitPoints !== null ? round2(item.perUnitPoints * (quantity ?? 0)) : item.pointsMin;
}

/** The calendar date `months` months after `date`, clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * Signed points for an approval. Per-unit items: points per unit × quantity (a given `points` must agree);
 * others: the reviewer's choice within the item's range. A repeat within the validity window multiplies.
 */
export function approvedPoints(
  item: PointsItem,
  quantity: number | null,
  chosen: number | null | undefined,
  isRepeat: boolean,
): { points: number; multiplier: number } {
  let magnitude: number;
  if (item.perUnitPoints !== null) {
    magnitude = round2(item.perUnitPoints * (quantity ?? 0));
    if (chosen !== null && chosen !== undefined && round2(Math.abs(chosen)) !== magnitude) {
      throw BadInputException.field(
        'points',
        `按单位计分的事项 ${item.code} 分值为 ${magnitude}，不能另行指定`,
      );
    }
  } else {
    if ((chosen === null || chosen === undefined) && item.pointsMin !== item.pointsMax) {
      throw BadInputException.field('points', `请在 ${item.pointsMin}–${item.pointsMax} 分之间选择分值`);
    }
    // A fixed-value item needs no choice: its one value is the points.
    magnitude = round2(Math.abs(chosen ?? item.pointsMin));
  }
  if (magnitude < item.pointsMin || magnitude > item.pointsMax) {
    throw BadInputException.field(
      'points',
      `事项 ${item.code} 的分值应在 ${item.pointsMin}–${item.pointsMax} 分之间，实际为 ${magnitude}`,
    );
  }
  const multiplier = isRepeat ? item.repeatMultiplier : 1;
  const signed = round2(magnitude * multiplier);
  return { points: item.direction === ItemDirection.NEGATIVE ? -signed : signed, multiplier };
}
