import { ItemDirection, showPoints, type ItemFields } from '@village/rulebook';
import { round2, type PreviewEntry, type Rescored } from './preview-entry';

/**
 * A milestone item the draft changes (or whose sources it changes), per resident: the draft's
 * thresholds reached by the year's quantity of its sources that the draft still scores. A threshold
 * once crossed stays crossed (milestones.ts scores it once, even if a reversal later brings the total
 * down), so the total reached is at least the largest total a recorded milestone entry was given at.
 * Returns one result per resident, without an entry of its own; the recorded entries count 0 beside it.
 */
export function draftMilestones(
  code: string,
  item: ItemFields,
  entries: readonly PreviewEntry[],
  standing: (entry: PreviewEntry) => boolean,
): Rescored[] {
  const sources = new Set(item.milestoneSources ?? []);
  const reached = new Map<string, number>();
  const raise = (residentId: string, total: number) =>
    reached.set(residentId, Math.max(reached.get(residentId) ?? 0, round2(total)));
  const sums = new Map<string, number>();
  for (const entry of entries) {
    if (entry.kind !== 'NORMAL' || !standing(entry)) continue;
    if (sources.has(entry.itemCode) && entry.quantity !== null) {
      sums.set(entry.residentId, (sums.get(entry.residentId) ?? 0) + entry.quantity);
    } else if (entry.itemCode === code && entry.quantity !== null) {
      raise(entry.residentId, entry.quantity);
    }
  }
  for (const [residentId, total] of sums) raise(residentId, total);
  const sign = item.direction === ItemDirection.NEGATIVE ? -1 : 1;
  const unit = item.unitLabel ?? '';
  return [...reached].map(([residentId, total]) => {
    const crossed = (item.milestones ?? []).filter((m) => m.threshold <= total + 1e-9);
    const points = round2(crossed.reduce((sum, m) => sum + m.points, 0));
    return {
      entryId: null,
      residentId,
      itemCode: code,
      recordedTrack: item.track,
      recordedPoints: 0,
      draftTrack: item.track,
      draftPoints: sign * points,
      note: `累计 ${showPoints(total)} ${unit}，按草案达到 ${crossed.length} 档，记 ${showPoints(points)} 分`,
    };
  });
}
