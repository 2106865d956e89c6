import { BadInputException, todayInChina } from '@village/platform-common';

/**
 * The year a rule applies to. Frameworks are yearly, and so are the manuals and lists built on them:
 * next year's list adopted in December must not replace this year's. Omitted means this year in China.
 */
export function ruleYear(year?: number | null): number {
  if (year === undefined || year === null) return Number(todayInChina().slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw BadInputException.field('year', '年度应为 2000–2100 之间的整数');
  }
  return year;
}
