// Times shown to users are Beijing time (UTC+8, no daylight saving), whatever the server's time zone.

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * A moment as a Chinese user reads it on a wait message: "14:32" when it falls on today in Beijing,
 * "2026-05-03 14:32" otherwise. Rounded up to the next minute, so "try after 14:32" is never too early.
 */
export function beijingTimeOfDay(moment: Date, now: Date = new Date()): string {
  const minute = 60_000;
  const shifted = new Date(Math.ceil((moment.getTime() + BEIJING_OFFSET_MS) / minute) * minute);
  const today = new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
  const [date, time] = [shifted.toISOString().slice(0, 10), shifted.toISOString().slice(11, 16)];
  return date === today ? time : `${date} ${time}`;
}
