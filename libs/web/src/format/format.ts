/**
 * How dates and points read on every screen. Dates are China's calendar (Asia/Shanghai) whatever the
 * device's zone; points keep their decimals (a 0.5-point rule must not show as 1) and carry a sign
 * where they are a change.
 */
const BEIJING = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BEIJING,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BEIJING,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 2026-03-05 14:07 in Beijing time, for an ISO timestamp. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A calendar date: a YYYY-MM-DD string stays as it is; a timestamp becomes its Beijing date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const parts = Object.fromEntries(dateFormat.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today's date in Beijing as YYYY-MM-DD. */
export function beijingToday(now = new Date()): string {
  return formatDate(now.toISOString());
}

/** 12.5 → "12.5", 3 → "3", 2.25 → "2.25" (never more than two decimals). */
export function formatPoints(points: number | null | undefined): string {
  if (points === null || points === undefined) return '—';
  return String(Math.round(points * 100) / 100);
}

/** A change of points: "+5", "−2.5" (a true minus sign, which screen readers read as 负). */
export function formatPointsChange(points: number): string {
  const text = formatPoints(Math.abs(points));
  if (points > 0) return `+${text}`;
  if (points < 0) return `−${text}`;
  return text;
}
