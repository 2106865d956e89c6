/** `date` (YYYY-MM-DD) plus whole months, clamped to the month's last day (3-31 + 3 months → 6-30). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Rectification (限期整改) and the branch's handling are due three months after the year is final. */
export const CASE_DEADLINE_MONTHS = 3;
