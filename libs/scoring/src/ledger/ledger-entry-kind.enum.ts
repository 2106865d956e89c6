import { registerEnumType } from '@nestjs/graphql';

/** A correction is never an edit: it is a REVERSAL of an entry, and, if needed, a new NORMAL entry. */
export enum LedgerEntryKind {
  NORMAL = 'NORMAL',
  REVERSAL = 'REVERSAL',
}

registerEnumType(LedgerEntryKind, {
  name: 'LedgerEntryKind',
  description: '台账记录类型',
  valuesMap: { NORMAL: { description: '登记' }, REVERSAL: { description: '冲正（撤销一条登记）' } },
});
