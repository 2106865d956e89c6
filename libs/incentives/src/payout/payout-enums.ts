import { registerLabelledEnum } from '@village/platform-common';

/**
 * Where a period's payout plan stands (资金发放方案, DOMAIN.md §10): the credit council drafts it from
 * the final tally, the meeting of party members and representatives votes, it is posted publicly and
 * then paid at the villagers' assembly. A rejected plan stays as history; the period may be drafted again.
 */
export enum PayoutPlanStatus {
  DRAFTED = 'DRAFTED',
  VOTED = 'VOTED',
  REJECTED = 'REJECTED',
  POSTED = 'POSTED',
  PAID = 'PAID',
}

export const PAYOUT_PLAN_STATUS_LABELS: Record<PayoutPlanStatus, string> = {
  DRAFTED: '已起草，待会议表决',
  VOTED: '会议表决通过，待公示',
  REJECTED: '会议表决未通过',
  POSTED: '已张榜公示，待发放',
  PAID: '已在村民大会发放',
};

/** The one status each status may move to (the database trigger enforces the same table). */
export const NEXT_PAYOUT_STATUS: Record<PayoutPlanStatus, readonly PayoutPlanStatus[]> = {
  DRAFTED: [PayoutPlanStatus.VOTED, PayoutPlanStatus.REJECTED],
  VOTED: [PayoutPlanStatus.POSTED],
  REJECTED: [],
  POSTED: [PayoutPlanStatus.PAID],
  PAID: [],
};

registerLabelledEnum(PayoutPlanStatus, 'PayoutPlanStatus', '资金发放方案的状态', PAYOUT_PLAN_STATUS_LABELS);
