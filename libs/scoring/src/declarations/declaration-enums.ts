import { registerEnumType } from '@nestjs/graphql';

/** SELF: a resident declares their own act; REGISTERED: a cadre registers it for a resident. */
export enum DeclarationChannel {
  SELF = 'SELF',
  REGISTERED = 'REGISTERED',
}
registerEnumType(DeclarationChannel, {
  name: 'DeclarationChannel',
  description: '申报方式',
  valuesMap: { SELF: { description: '本人申报' }, REGISTERED: { description: '干部代为登记' } },
});

/**
 * A declaration moves only once, from PENDING to APPROVED, REJECTED or AMENDED (approved as corrected by
 * the reviewer) — service check and DB trigger.
 */
export enum DeclarationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  AMENDED = 'AMENDED',
}

export const DECLARATION_STATUS_LABELS: Record<DeclarationStatus, string> = {
  PENDING: '待审核',
  APPROVED: '已通过',
  REJECTED: '已驳回',
  AMENDED: '修正后通过',
};
registerEnumType(DeclarationStatus, {
  name: 'DeclarationStatus',
  description: '申报状态',
  valuesMap: {
    PENDING: { description: '待审核' },
    APPROVED: { description: '已通过' },
    REJECTED: { description: '已驳回' },
    AMENDED: { description: '修正后通过' },
  },
});

/** AMEND: the reviewer corrects the item, quantity or points claimed, gives a reason, and approves the result. */
export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  AMEND = 'AMEND',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: '审核结论',
  valuesMap: {
    APPROVE: { description: '通过' },
    REJECT: { description: '驳回' },
    AMEND: { description: '修正后通过（须写明理由）' },
  },
});
