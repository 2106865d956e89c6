/** Chinese names of the scoring enums, as every scoring screen shows them (the schema's own words). */

// The rulebook's words (items' category, subject, track, direction) live in one place, so that a
// scoring screen and a rulebook screen can never name the same item differently.
export {
  ITEM_CATEGORY_LABELS as CATEGORY_LABELS,
  SUBJECT_TYPE_LABELS as SUBJECT_LABELS,
  TRACK_LABELS,
  DIRECTION_LABELS,
} from '../../components/rulebook-labels';

export const DECLARATION_STATUS_LABELS: Record<string, string> = {
  PENDING: '待审核',
  APPROVED: '已通过',
  AMENDED: '修正后通过',
  REJECTED: '已驳回',
};

/** Tag colours go with a word, never alone (colour is not the only cue). */
export const DECLARATION_STATUS_COLOURS: Record<string, string> = {
  PENDING: 'gold',
  APPROVED: 'green',
  AMENDED: 'cyan',
  REJECTED: 'red',
};

export const DECLARATION_EVENT_LABELS: Record<string, string> = {
  SUBMITTED: '提交',
  APPROVED: '审核通过',
  AMENDED: '修正后通过',
  REJECTED: '审核驳回',
};

export const CHANNEL_LABELS: Record<string, string> = { SELF: '本人申报', REGISTERED: '干部代为登记' };

export const PERIOD_STATUS_LABELS: Record<string, string> = {
  OPEN: '登记中',
  CLOSED: '已结束登记',
  TALLIED: '已核算',
  NOTICE: '公示中',
  FINAL: '已定案',
};

export const PERIOD_STATUS_COLOURS: Record<string, string> = {
  OPEN: 'blue',
  CLOSED: 'default',
  TALLIED: 'purple',
  NOTICE: 'orange',
  FINAL: 'green',
};

export const PERIOD_KIND_LABELS: Record<string, string> = { MONTH: '月度', QUARTER: '季度', YEAR: '年度' };

export const RANK_GROUP_LABELS: Record<string, string> = { KEY: '党员和村民代表', VILLAGER: '村民' };

export const OBJECTION_STATUS_LABELS: Record<string, string> = {
  OPEN: '待答复',
  UPHELD: '异议成立',
  DISMISSED: '异议不成立',
};

export const CORRECTION_STATUS_LABELS: Record<string, string> = {
  PROPOSED: '待确认',
  CONFIRMED: '已确认',
  REJECTED: '已驳回',
};

export const CORRECTION_KIND_LABELS: Record<string, string> = { REVERSAL: '冲正', ADJUSTMENT: '更正' };

export const ENTRY_KIND_LABELS: Record<string, string> = { NORMAL: '登记', REVERSAL: '冲正' };

export const GRADE_LABELS: Record<string, string> = {
  EXCELLENT: '优秀',
  QUALIFIED: '合格',
  BASIC: '基本合格',
  UNQUALIFIED: '不合格',
};

/** The item's points rule in plain words: "加 1–3 分", "每小时加 0.5 分". */
export function describePointsRule(item: {
  direction: string;
  pointsMin: number;
  pointsMax: number;
  perUnitPoints?: number | null;
  unitLabel?: string | null;
}): string {
  const verb = item.direction === 'NEGATIVE' ? '扣' : '加';
  if (item.perUnitPoints !== null && item.perUnitPoints !== undefined) {
    return `每${item.unitLabel ?? '单位'}${verb} ${item.perUnitPoints} 分（上限 ${item.pointsMax} 分）`;
  }
  if (item.pointsMin === item.pointsMax) return `${verb} ${item.pointsMin} 分`;
  return `${verb} ${item.pointsMin}–${item.pointsMax} 分`;
}
