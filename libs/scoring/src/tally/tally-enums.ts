import { registerLabelledEnum } from '@village/platform-common';

/** Ranking groups: key people are ranked among themselves, ordinary villagers among themselves. */
export enum RankGroup {
  KEY = 'KEY',
  VILLAGER = 'VILLAGER',
}

export const RANK_GROUP_LABELS: Record<RankGroup, string> = {
  [RankGroup.KEY]: '党员和村民代表',
  [RankGroup.VILLAGER]: '村民',
};

registerLabelledEnum(RankGroup, 'RankGroup', '排名分组（党员和村民代表单独排名）', RANK_GROUP_LABELS);

export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = {
  [ObjectionStatus.OPEN]: '待答复',
  [ObjectionStatus.UPHELD]: '异议成立',
  [ObjectionStatus.DISMISSED]: '异议不成立',
};

registerLabelledEnum(ObjectionStatus, 'ObjectionStatus', '异议状态', OBJECTION_STATUS_LABELS);

export enum ObjectionDecision {
  UPHOLD = 'UPHOLD',
  DISMISS = 'DISMISS',
}

registerLabelledEnum(ObjectionDecision, 'ObjectionDecision', '异议处理决定', {
  [ObjectionDecision.UPHOLD]: '成立：更正台账并重新核算',
  [ObjectionDecision.DISMISS]: '不成立：说明理由',
});
