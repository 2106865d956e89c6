import { registerLabelledEnum } from '@village/platform-common';

export enum ScoringPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

/** Months are OPEN or CLOSED; quarters and the year move OPEN → TALLIED → NOTICE → FINAL. */
export enum ScoringPeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  TALLIED = 'TALLIED',
  NOTICE = 'NOTICE',
  FINAL = 'FINAL',
}

export const PERIOD_KIND_LABELS: Record<ScoringPeriodKind, string> = {
  [ScoringPeriodKind.MONTH]: '月度',
  [ScoringPeriodKind.QUARTER]: '季度',
  [ScoringPeriodKind.YEAR]: '年度',
};

export const PERIOD_STATUS_LABELS: Record<ScoringPeriodStatus, string> = {
  [ScoringPeriodStatus.OPEN]: '登记中',
  [ScoringPeriodStatus.CLOSED]: '已结束登记',
  [ScoringPeriodStatus.TALLIED]: '已核算',
  [ScoringPeriodStatus.NOTICE]: '公示中',
  [ScoringPeriodStatus.FINAL]: '已定案',
};

/** The one status each status may move to, per kind (the database trigger enforces the same table). */
export const NEXT_PERIOD_STATUS: Record<
  ScoringPeriodKind,
  Partial<Record<ScoringPeriodStatus, ScoringPeriodStatus>>
> = {
  [ScoringPeriodKind.MONTH]: { [ScoringPeriodStatus.OPEN]: ScoringPeriodStatus.CLOSED },
  [ScoringPeriodKind.QUARTER]: {
    [ScoringPeriodStatus.OPEN]: ScoringPeriodStatus.TALLIED,
    [ScoringPeriodStatus.TALLIED]: ScoringPeriodStatus.NOTICE,
    [ScoringPeriodStatus.NOTICE]: ScoringPeriodStatus.FINAL,
  },
  [ScoringPeriodKind.YEAR]: {
    [ScoringPeriodStatus.OPEN]: ScoringPeriodStatus.TALLIED,
    [ScoringPeriodStatus.TALLIED]: ScoringPeriodStatus.NOTICE,
    [ScoringPeriodStatus.NOTICE]: ScoringPeriodStatus.FINAL,
  },
};

registerLabelledEnum(ScoringPeriodKind, 'ScoringPeriodKind', '积分期间类型', PERIOD_KIND_LABELS);

registerLabelledEnum(
  ScoringPeriodStatus,
  'ScoringPeriodStatus',
  '积分期间状态（月度：登记中/已结束登记；季度与年度：登记中→已核算→公示中→已定案，只进不退）',
  PERIOD_STATUS_LABELS,
);
