/** The periods a reporting screen offers, as `KIND-number` values (the dashboard's and the fairness view's). */
export const PERIOD_OPTIONS: { value: string; label: string }[] = [
  { value: 'YEAR-1', label: '全年' },
  ...[1, 2, 3, 4].map((n) => ({ value: `QUARTER-${n}`, label: `第${n}季度` })),
  ...Array.from({ length: 12 }, (_, i) => ({ value: `MONTH-${i + 1}`, label: `${i + 1}月` })),
];

export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

export function parsePeriod(value: string): { kind: PeriodKind; number: number } {
  const [kind, number] = value.split('-');
  return { kind: kind as PeriodKind, number: Number(number) };
}
