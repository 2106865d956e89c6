import { LimitPeriod } from '../shops/shop-enums';

/** The key of the limit window `day` falls in: '2026-11', '2026-Q4', '2026' or 'EVER'. */
export function windowKey(period: LimitPeriod, day: string): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (period === LimitPeriod.MONTH) return day.slice(0, 7);
  if (period === LimitPeriod.QUARTER) return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  if (period === LimitPeriod.YEAR) return year;
  return 'EVER';
}

export const LIMIT_PERIOD_WORDS: Record<LimitPeriod, string> = {
  [LimitPeriod.MONTH]: '每月',
  [LimitPeriod.QUARTER]: '每季度',
  [LimitPeriod.YEAR]: '每年',
  [LimitPeriod.EVER]: '累计',
};
