/**
 * The base figures kept per village, year and period (月 1–12, 季 1–4, 年 1) in `village_figure`: counts
 * and sums only, so a town's or district's figure is the sum of its villages' (rates and averages are
 * derived from two sums by figure-definitions.ts, never averaged again). Keys are stable: they are the
 * roll-up's rows and the open-data export's columns.
 */
export const BASE_FIGURES = [
  'residents',
  'contract_residents',
  'participants',
  'declarations',
  'declarations_approved',
  'credit_score_sum',
  'credit_score_count',
  'role_duty_score_sum',
  'role_duty_score_count',
  'stars_0',
  'stars_1',
  'stars_2',
  'stars_3',
  'stars_4',
  'stars_5',
  'objections_raised',
  'objections_upheld',
  'objections_late',
  'points_issued',
  'points_redeemed',
  'points_expired',
  'supermarket_value',
  'honours',
  'open_rectification',
  'open_mentoring',
  'meeting_expected',
  'meeting_present',
  'meetings_held',
  'activities_held',
  'volunteer_person_times',
  'volunteer_hours',
  'problems_resolved',
  'costs_saved',
  'complaints',
  'complaints_agriculture',
  'unit_honours',
] as const;

export type BaseFigure = (typeof BASE_FIGURES)[number];

export type PeriodKindKey = 'MONTH' | 'QUARTER' | 'YEAR';

export interface FigureRow {
  kind: PeriodKindKey;
  number: number;
  figure: BaseFigure;
  value: number;
}

/** Figures that describe the year as a whole (a snapshot or a year-end result): kept on the YEAR row. */
export const YEAR_ONLY: ReadonlySet<BaseFigure> = new Set<BaseFigure>([
  'residents',
  'contract_residents',
  'stars_0',
  'stars_1',
  'stars_2',
  'stars_3',
  'stars_4',
  'stars_5',
  'honours',
  'open_rectification',
  'open_mentoring',
]);

/** Every (kind, number) of a year: 12 months, 4 quarters, the year. */
export function periodsOfYear(): { kind: PeriodKindKey; number: number }[] {
  return [
    ...Array.from({ length: 12 }, (_, i) => ({ kind: 'MONTH' as const, number: i + 1 })),
    ...Array.from({ length: 4 }, (_, i) => ({ kind: 'QUARTER' as const, number: i + 1 })),
    { kind: 'YEAR' as const, number: 1 },
  ];
}
