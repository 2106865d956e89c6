import { ItemDirection } from '@village/rulebook';
import type { ItemFields } from '@village/rulebook';
import { isQuantified, showPoints } from '@village/rulebook';
import { actPoints, type ActRuleItem } from './points-rules';

type PointsItem = ActRuleItem & Pick<ItemFields, 'direction' | 'repeatMultiplier'>;

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
 * The points a pending declaration claims towards the item's caps: quantified items what their rule
 * computes, others the item's lowest value (the reviewer may give more; caps count what is certainly claimed).
 */
export function claimedPoints(item: ActRuleItem, quantity: number | null): number {
  if (!isQuantified(item)) return item.pointLevels?.length ? Math.min(...item.pointLevels) : item.pointsMin;
  try {
    return actPoints(item, quantity, null).magnitude;
  } catch {
    return 0; // a quantity its rule cannot score claims nothing (the review will refuse it)
  }
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
 * Signed points for an approval by the item's rule (points-rules.ts), with the steps that produced
 * them. A repeat within the validity window multiplies.
 */
export function approvedPoints(
  item: PointsItem,
  quantity: number | null,
  chosen: number | null | undefined,
  isRepeat: boolean,
): { points: number; multiplier: number; notes: string[] } {
  const { magnitude, notes } = actPoints(item, quantity, chosen);
  const multiplier = isRepeat ? item.repeatMultiplier : 1;
  if (multiplier !== 1)
    notes.push(`有效期内再次发生，按 ${multiplier} 倍计 ${showPoints(magnitude * multiplier)} 分`);
  const signed = round2(magnitude * multiplier);
  return { points: item.direction === ItemDirection.NEGATIVE ? -signed : signed, multiplier, notes };
}
