import { daysBetween } from '@village/platform-common';

export interface RotaSchedule {
  startsOn: string;
  periodDays: number;
  residentIds: readonly string[];
}

/**
 * Which place in the rotation is on duty on `date`: floor(days since startsOn / periodDays) mod n.
 * Null before the schedule starts.
 */
export function rotationIndex(rota: RotaSchedule, date: string): number | null {
  const days = daysBetween(rota.startsOn, date);
  if (days < 0 || rota.residentIds.length === 0 || rota.periodDays < 1) return null;
  return Math.floor(days / rota.periodDays) % rota.residentIds.length;
}

/**
 * The schedule that applies on `date`: among versions starting on or before it, the newest version
 * wins (a later version may start earlier than an older one and still replace it).
 */
export function applicableRota<T extends RotaSchedule & { version: number }>(
  versions: readonly T[],
  date: string,
): T | null {
  let best: T | null = null;
  for (const rota of versions) {
    if (daysBetween(rota.startsOn, date) < 0) continue;
    if (!best || rota.version > best.version) best = rota;
  }
  return best;
}
