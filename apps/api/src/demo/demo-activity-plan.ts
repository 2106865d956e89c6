import { addDays } from '@village/platform-common';
import type { DemoAct } from './demo-activity.data';

/** An act placed on the calendar: when it happened, when it is entered, and whether it is reviewed yet. */
export interface PlannedAct {
  act: DemoAct;
  /** Its place in the year's table: the idempotency key and the note refer to it. */
  index: number;
  actedOn: string;
  /** Month end (registration days are the month's last days), or today in a month not yet over. */
  enteredOn: string;
  /** Entered today, in a month not yet over: left for the council to review. */
  pending: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthEnd(year: number, month: number): string {
  return addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, -1);
}

/** The day after a quarter ends: when the council tallies and posts it. */
export function quarterTallyOn(year: number, quarter: number): string {
  return addDays(monthEnd(year, quarter * 3), 1);
}

/**
 * The calendar quarter before the one `today` is in: the quarter that has "just ended". Periods are
 * calendar quarters, so in January to March this is the fourth quarter of the previous year.
 */
export function quarterJustEnded(today: string): { year: number; quarter: number } {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/**
 * The acts of `year` that have happened by `today`, in calendar order of entry. A month is entered at its
 * end and reviewed the same day; in the month of `today` acts up to today are entered today and left
 * PENDING. Nothing is dated after today, so the demo is right in any month: in January the
 * current year has only the first days' acts.
 */
export function planActs(year: number, acts: readonly DemoAct[], today: string): PlannedAct[] {
  const planned: PlannedAct[] = [];
  for (let month = 1; month <= 12; month++) {
    const end = monthEnd(year, month);
    // Entered today means not reviewed yet, even on the month's last day: the council always has work.
    const pending = today <= end;
    acts
      .map((act, index) => ({ act, index }))
      .filter(({ act }) => act.month === month)
      .forEach(({ act, index }, place) => {
        const actedOn = `${year}-${pad(month)}-${pad(act.day ?? 10 + (place % 15))}`;
        if (actedOn > today) return;
        planned.push({ act, index, actedOn, enteredOn: pending ? today : end, pending });
      });
  }
  return planned;
}
