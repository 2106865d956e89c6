import { registerLabelledEnum } from '@village/platform-common';

/** RESERVED → PICKED_UP | CANCELLED | EXPIRED; PICKED_UP → REFUNDED. Nothing else, and never back. */
export enum RedemptionStatus {
  RESERVED = 'RESERVED',
  PICKED_UP = 'PICKED_UP',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  REFUNDED = 'REFUNDED',
}

export const REDEMPTION_STATUS_LABELS: Record<RedemptionStatus, string> = {
  [RedemptionStatus.RESERVED]: '待领取',
  [RedemptionStatus.PICKED_UP]: '已领取',
  [RedemptionStatus.CANCELLED]: '已取消',
  [RedemptionStatus.EXPIRED]: '逾期未领',
  [RedemptionStatus.REFUNDED]: '已退回',
};

/** The statuses that hold stock (and, but for PICKED_UP's spend being final, points). */
export const HOLDING_STATUSES = [RedemptionStatus.RESERVED, RedemptionStatus.PICKED_UP];

registerLabelledEnum(RedemptionStatus, 'RedemptionStatus', '兑换状态', REDEMPTION_STATUS_LABELS);
