import { todayInChina } from '@village/platform-common';

/**
 * Who a yearly contract is for. A role counts for year Y when it started by the end of Y and has not
 * ended by the reference date: today for the current year, 1 January for a future year, 31 December
 * for a past one (the role was still held at year end). Only residents with status ACTIVE qualify.
 */

export interface RolePeriod {
  startDate: string;
  endDate: string | null;
}

export function yearBounds(year: number): { first: string; last: string } {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** `today` clamped into the year, as YYYY-MM-DD. */
export function referenceDate(year: number, today: Date): string {
  const { first, last } = yearBounds(year);
  const iso = todayInChina(today); // the villages' calendar, not the server's UTC date
  if (iso < first) return first;
  if (iso > last) return last;
  return iso;
}

export function roleCountsForYear(role: RolePeriod, year: number, today: Date): boolean {
  const { last } = yearBounds(year);
  const reference = referenceDate(year, today);
  return role.startDate <= last && (role.endDate === null || role.endDate >= reference);
}

/** Signed contracts over eligible parties, rounded to 4 places; 0 when nobody is eligible. */
export function coverageRate(signed: number, eligible: number): number {
  if (eligible <= 0) return 0;
  return Math.round((signed / eligible) * 10000) / 10000;
}
