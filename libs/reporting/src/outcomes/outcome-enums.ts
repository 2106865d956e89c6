import { registerEnumType } from '@nestjs/graphql';

/** What an outcome record reports (DOMAIN.md §12: the seed's effect, in figures). */
export enum OutcomeKind {
  /** A (historical) problem resolved: category, description, day, evidence. */
  PROBLEM_RESOLVED = 'PROBLEM_RESOLVED',
  /** Costs saved, in yuan, with how the amount was estimated. */
  COST_SAVED = 'COST_SAVED',
  /** Complaints and reports received in one month, per category (agriculture-related flagged). */
  COMPLAINT = 'COMPLAINT',
  /** An honour won by the village or the town (a collective honour, not a resident's). */
  HONOUR_WON = 'HONOUR_WON',
}

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  [OutcomeKind.PROBLEM_RESOLVED]: '解决问题',
  [OutcomeKind.COST_SAVED]: '节约开支',
  [OutcomeKind.COMPLAINT]: '信访投诉',
  [OutcomeKind.HONOUR_WON]: '集体荣誉',
};

registerEnumType(OutcomeKind, {
  name: 'OutcomeKind',
  description: '工作成效的类别：解决问题、节约开支、信访投诉（按月）、集体荣誉',
});

/** The level of a collective honour. */
export enum HonourLevel {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  TOWN = 'TOWN',
}

export const HONOUR_LEVEL_LABELS: Record<HonourLevel, string> = {
  [HonourLevel.NATIONAL]: '国家级',
  [HonourLevel.PROVINCE]: '省级',
  [HonourLevel.CITY]: '市级',
  [HonourLevel.DISTRICT]: '区级',
  [HonourLevel.TOWN]: '镇级',
};

registerEnumType(HonourLevel, {
  name: 'HonourLevel',
  description: '荣誉级别：国家级、省级、市级、区级、镇级',
});

/** Categories the screens offer (a record may name another). */
export const SUGGESTED_CATEGORIES: Record<OutcomeKind, readonly string[]> = {
  [OutcomeKind.PROBLEM_RESOLVED]: ['土地纠纷', '邻里矛盾', '环境整治', '历史遗留', '基础设施'],
  [OutcomeKind.COST_SAVED]: ['卫生保洁', '卡口值守', '治安巡逻', '河道管护', '绿化养护'],
  [OutcomeKind.COMPLAINT]: ['土地承包', '农业补贴', '邻里纠纷', '环境卫生', '村务公开'],
  [OutcomeKind.HONOUR_WON]: ['文明村', '乡村治理示范村', '美丽乡村', '平安村', '先进基层党组织'],
};
