import { registerLabelledEnum } from '@village/platform-common';

/** SELF: a resident declares their own act; REGISTERED: a cadre registers it for a resident. */
export enum DeclarationChannel {
  SELF = 'SELF',
  REGISTERED = 'REGISTERED',
}
registerLabelledEnum(DeclarationChannel, 'DeclarationChannel', '申报方式', {
  SELF: '本人申报',
  REGISTERED: '干部代为登记',
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
registerLabelledEnum(DeclarationStatus, 'DeclarationStatus', '申报状态', DECLARATION_STATUS_LABELS);

/** AMEND: the reviewer corrects the item, quantity or points claimed, gives a reason, and approves the result. */
export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  AMEND = 'AMEND',
}
registerLabelledEnum(ReviewDecision, 'ReviewDecision', '审核结论', {
  APPROVE: '通过',
  REJECT: '驳回',
  AMEND: '修正后通过（须写明理由）',
});

/** A step of a declaration's history: its submission, then the review decision (at most one). */
export enum DeclarationEventKind {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  AMENDED = 'AMENDED',
}
registerLabelledEnum(DeclarationEventKind, 'DeclarationEventKind', '申报经过', {
  SUBMITTED: '提交',
  APPROVED: '审核通过',
  REJECTED: '审核驳回',
  AMENDED: '修正后通过',
});
