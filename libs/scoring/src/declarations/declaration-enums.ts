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

/** A declaration moves only PENDING → APPROVED or PENDING → REJECTED (service check and DB trigger). */
export enum DeclarationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(DeclarationStatus, {
  name: 'DeclarationStatus',
  description: '申报状态',
  valuesMap: {
    PENDING: { description: '待审核' },
    APPROVED: { description: '已通过' },
    REJECTED: { description: '已驳回' },
  },
});

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: '审核结论',
  valuesMap: { APPROVE: { description: '通过' }, REJECT: { description: '驳回' } },
});
