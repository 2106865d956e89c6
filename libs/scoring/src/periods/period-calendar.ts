import { addDays } from '@village/platform-common';
import { ScoringPeriodKind } from './period-enums';

/** One period of a scoring year: civil dates in China, both bounds inclusive. */
export interface PeriodSpan {
  kind: ScoringPeriodKind;
  year: number;
  number: number;
  startsOn: string;
  endsOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of a month; month 13 is January of the next year (so "the day before" gives month ends). */
function firstOfMonth(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return `${y}-${pad(m)}-01`;
}

/** Months 1–12, quarters 1–4 and the year itself: the 17 periods a village opens for a scoring year. */
export function periodsOfYear(year: number): PeriodSpan[] {
  const span = (kind: ScoringPeriodKind, number: number, fromMonth: number, months: number): PeriodSpan => ({
    kind,
    year,
    number,
    startsOn: firstOfMonth(year, fromMonth),
    endsOn: addDays(firstOfMonth(year, fromMonth + months), -1),
  });
  return [
    ...Array.from({ length: 12 }, (_, i) => span(ScoringPeriodKind.MONTH, i + 1, i + 1, 1)),
    ...Array.from({ length: 4 }, (_, i) => span(ScoringPeriodKind.QUARTER, i + 1, i * 3 + 1, 3)),
    span(ScoringPeriodKind.YEAR, 1, 1, 12),
  ];
}

/** Which month, quarter and year a civil date falls in. */
export function periodNumbersOf(date: string): { year: number; month: number; quarter: number } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, month, quarter: Math.ceil(month / 3) };
}
