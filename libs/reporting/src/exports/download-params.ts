import { BadInputException, isUuid, NotFoundException } from '@village/platform-common';
import type { PeriodKindKey } from '../dashboards/base-figures';
import type { DashboardQuery } from '../dashboards/dashboard.service';

/**
 * The address parameters of the downloads, checked as the GraphQL arguments they stand for are
 * (dashboard.types.ts): a refusal names the parameter and says why, in Chinese.
 */
const KINDS: readonly PeriodKindKey[] = ['YEAR', 'QUARTER', 'MONTH'];
const MAX_NUMBER: Record<PeriodKindKey, number> = { MONTH: 12, QUARTER: 4, YEAR: 1 };
const NUMBER_REASON: Record<PeriodKindKey, string> = {
  MONTH: '月份应为 1–12',
  QUARTER: '季度应为 1–4',
  YEAR: '年度应为 1',
};

type QueryValue = unknown;

function single(field: string, value: QueryValue): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw BadInputException.field(field, '只能给出一个值');
  return value.trim();
}

function integer(field: string, value: string, min: number, max: number, reason: string): number {
  if (!/^\d{1,4}$/.test(value)) throw BadInputException.field(field, reason);
  const n = Number(value);
  if (n < min || n > max) throw BadInputException.field(field, reason);
  return n;
}

export function yearParam(value: QueryValue, fallback?: number): number {
  const text = single('year', value);
  if (!text && fallback !== undefined) return fallback;
  return integer('year', text ?? '', 2000, 2100, '年度应为 2000–2100 之间的整数');
}

/** `unitId` of the path and `year`, `periodKind`, `periodNumber` of the query (defaults: this year, YEAR, 1). */
export function dashboardQueryOf(
  unitId: string,
  query: Record<string, QueryValue>,
  thisYear: number,
): DashboardQuery {
  if (!isUuid(unitId)) throw new NotFoundException('unitId：找不到该单位，或您无权查看其数据');
  const year = yearParam(query.year, thisYear);
  const kindText = (single('periodKind', query.periodKind) || 'YEAR').toUpperCase();
  if (!KINDS.includes(kindText as PeriodKindKey)) {
    throw BadInputException.field('periodKind', '应为 YEAR（年）、QUARTER（季）或 MONTH（月）');
  }
  const periodKind = kindText as PeriodKindKey;
  const numberText = single('periodNumber', query.periodNumber) || '1';
  const periodNumber = integer(
    'periodNumber',
    numberText,
    1,
    MAX_NUMBER[periodKind],
    NUMBER_REASON[periodKind],
  );
  return { unitId, year, periodKind, periodNumber };
}

/** "全年", "第 2 季度", "3 月": the period as the 数据看板 screen names it. */
export function periodLabel(kind: PeriodKindKey, number: number): string {
  if (kind === 'YEAR') return '全年';
  return kind === 'QUARTER' ? `第 ${number} 季度` : `${number} 月`;
}
