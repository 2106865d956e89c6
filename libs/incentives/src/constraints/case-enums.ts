import { registerLabelledEnum } from '@village/platform-common';

/** The three negative constraints (负面约束, DOMAIN.md §11) a final year opens. */
export enum CaseKind {
  /** 不合格村民代表：限期整改 */
  RECTIFICATION = 'RECTIFICATION',
  /** 不合格党员：党支部按党内规定处置，系统只记录 */
  PARTY_HANDLING = 'PARTY_HANDLING',
  /** 排名靠后的村民：一对一帮扶 */
  MENTORING = 'MENTORING',
}

export enum CaseOutcome {
  /** 整改到位（须写明佐证） */
  RECTIFIED = 'RECTIFIED',
  /** 整改不到位，代表资格终止：身份结束、黄色契约解除、启动补选 */
  SEAT_ENDED = 'SEAT_ENDED',
  /** 党支部已作出处置决定 */
  HANDLED = 'HANDLED',
  /** 帮扶结束（下次总评时的结果） */
  MENTORED = 'MENTORED',
}

export enum ByElectionStatus {
  OPEN = 'OPEN',
  ELECTED = 'ELECTED',
}

/** Which outcomes close which kind of case. */
export const OUTCOMES_OF: Record<CaseKind, CaseOutcome[]> = {
  RECTIFICATION: [CaseOutcome.RECTIFIED, CaseOutcome.SEAT_ENDED],
  PARTY_HANDLING: [CaseOutcome.HANDLED],
  MENTORING: [CaseOutcome.MENTORED],
};

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  RECTIFICATION: '村民代表限期整改',
  PARTY_HANDLING: '不合格党员处置',
  MENTORING: '一对一帮扶',
};

registerLabelledEnum(CaseKind, 'CaseKind', '负面约束事项类别', CASE_KIND_LABELS);
registerLabelledEnum(CaseOutcome, 'CaseOutcome', '负面约束事项的结果', {
  RECTIFIED: '整改到位',
  SEAT_ENDED: '终止代表资格',
  HANDLED: '已处置',
  MENTORED: '帮扶结束',
});
registerLabelledEnum(ByElectionStatus, 'ByElectionStatus', '补选状态', {
  OPEN: '待补选',
  ELECTED: '已补选',
});
