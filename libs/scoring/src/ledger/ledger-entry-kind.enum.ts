import { registerLabelledEnum } from '@village/platform-common';

/** A correction is never an edit: it is a REVERSAL of an entry, and, if needed, a new NORMAL entry. */
export enum LedgerEntryKind {
  NORMAL = 'NORMAL',
  REVERSAL = 'REVERSAL',
}

registerLabelledEnum(LedgerEntryKind, 'LedgerEntryKind', '台账记录类型', {
  NORMAL: '登记',
  REVERSAL: '冲正（撤销一条登记）',
});
