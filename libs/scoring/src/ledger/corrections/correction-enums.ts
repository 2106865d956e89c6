import { registerLabelledEnum } from '@village/platform-common';

/** What a correction outside the objection flow does to an approved entry. */
export enum LedgerCorrectionKind {
  /** Cancels the entry (冲正): a REVERSAL entry with its negated points. */
  REVERSAL = 'REVERSAL',
  /** Keeps the entry and books the difference (更正): a NORMAL entry of item code CORRECTION. */
  ADJUSTMENT = 'ADJUSTMENT',
}

registerLabelledEnum(LedgerCorrectionKind, 'LedgerCorrectionKind', '台账更正方式', {
  [LedgerCorrectionKind.REVERSAL]: '冲正：撤销该记录',
  [LedgerCorrectionKind.ADJUSTMENT]: '更正：补记差额分值',
});

export enum LedgerCorrectionStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

registerLabelledEnum(LedgerCorrectionStatus, 'LedgerCorrectionStatus', '台账更正状态', {
  [LedgerCorrectionStatus.PROPOSED]: '待确认',
  [LedgerCorrectionStatus.CONFIRMED]: '已确认并记入台账',
  [LedgerCorrectionStatus.REJECTED]: '已驳回',
});
