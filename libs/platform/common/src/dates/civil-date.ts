// Shared by every lib: residents, contracts and grids must agree on what "today" is for a village.
import { AsyncLocalStorage } from 'node:async_hooks';

// Dates here are civil dates ('YYYY-MM-DD') in China; arithmetic runs on UTC midnights so no
// daylight-saving or host time zone can shift a day.

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtcMs(date: string): number {
  if (!ISO_DATE.test(date)) throw new Error(`not a civil date: ${date}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new Error(`not a civil date: ${date}`);
  }
  return ms;
}

export function isCivilDate(value: string): boolean {
  try {
    toUtcMs(value);
    return true;
  } catch {
    return false;
  }
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date `days` working days after `date` (Monday to Friday). Public holidays are not known to the
 * system; a town that needs them counts them into its manual's answer days.
 */
export function addWorkingDays(date: string, days: number): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    const weekday = new Date(toUtcMs(current)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return current;
}

/** Set only by tests (see setTodayForTests): a fixed "today" so a whole year can be walked through. */
let fixedToday: string | null = null;

/** "Today" inside runAsOf: replaying past activity (the demo's previous year) through the services. */
const replayDate = new AsyncLocalStorage<string>();

/** Today in China (UTC+8, no daylight saving), the villages' calendar. */
export function todayInChina(now?: Date): string {
  if (!now) {
    const replayed = replayDate.getStore() ?? fixedToday;
    if (replayed) return replayed;
  }
  return new Date((now ?? new Date()).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Runs `work` with "today" set to `date` for that work only (and what it awaits), so trusted start-up
 * code can replay a past year through the real services and their date rules. Requests never run
 * inside it; the rest of the process keeps the real date.
 */
export function runAsOf<T>(date: string, work: () => Promise<T>): Promise<T> {
  toUtcMs(date);
  return replayDate.run(date, work);
}

/**
 * Pins "today" for the whole process, so an integration test can run a village through January to
 * December (late-entry rules, notice windows and answer deadlines all read today). Refused outside
 * Jest (NODE_ENV=test): a running server always uses the real date.
 */
export function setTodayForTests(date: string | null): void {
  if (process.env.NODE_ENV !== 'test') throw new Error('setTodayForTests is only for tests');
  if (date !== null) toUtcMs(date);
  fixedToday = date;
}
