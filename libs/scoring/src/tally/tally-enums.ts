import { registerEnumType } from '@nestjs/graphql';

/** Ranking groups: key people are ranked among themselves, ordinary villagers among themselves. */
export enum RankGroup {
  KEY = 'KEY',
  VILLAGER = 'VILLAGER',
}

export const RANK_GROUP_LABELS: Record<RankGroup, string> = {
  [RankGroup.KEY]: '党员和村民代表',
  [RankGroup.VILLAGER]: '村民',
};

registerEnumType(RankGroup, {
  name: 'RankGroup',
  description: '排名分组（党员和村民代表单独排名）',
  valuesMap: {
    KEY: { description: RANK_GROUP_LABELS.KEY },
    VILLAGER: { description: RANK_GROUP_LABELS.VILLAGER },
  },
});

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

registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: '异议状态',
  valuesMap: {
    OPEN: { description: OBJECTION_STATUS_LABELS.OPEN },
    UPHELD: { description: OBJECTION_STATUS_LABELS.UPHELD },
    DISMISSED: { description: OBJECTION_STATUS_LABELS.DISMISSED },
  },
});

export enum ObjectionDecision {
  UPHOLD = 'UPHOLD',
  DISMISS = 'DISMISS',
}

registerEnumType(ObjectionDecision, {
  name: 'ObjectionDecision',
  description: '异议处理决定',
  valuesMap: {
    UPHOLD: { description: '成立：更正台账并重新核算' },
    DISMISS: { description: '不成立：说明理由' },
  },
});
