import { registerLabelledEnum } from '@village/platform-common';

/** A contract moves only forward: DRAFT → SIGNED → TERMINATED. */
export enum ContractStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
  TERMINATED = 'TERMINATED',
}

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  [ContractStatus.DRAFT]: '待签订',
  [ContractStatus.SIGNED]: '已签订',
  [ContractStatus.TERMINATED]: '已解除',
};

/** The only transitions allowed (the database trigger enforces the same). */
export const NEXT_STATUS: Record<ContractStatus, ContractStatus | null> = {
  [ContractStatus.DRAFT]: ContractStatus.SIGNED,
  [ContractStatus.SIGNED]: ContractStatus.TERMINATED,
  [ContractStatus.TERMINATED]: null,
};

export enum ContractEventKind {
  DRAFTED = 'DRAFTED',
  SIGNED = 'SIGNED',
  TERMINATED = 'TERMINATED',
}

registerLabelledEnum(ContractStatus, 'ContractStatus', '契约状态', CONTRACT_STATUS_LABELS);
