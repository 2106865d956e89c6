import { registerLabelledEnum } from '@village/platform-common';

export enum ItemCategory {
  CIVILISED_PRACTICE = 'CIVILISED_PRACTICE',
  PUBLIC_WELFARE = 'PUBLIC_WELFARE',
  CIVIC_VIRTUE = 'CIVIC_VIRTUE',
  DUTIES = 'DUTIES',
  RIGHTS = 'RIGHTS',
  EXEMPLARY_ROLE = 'EXEMPLARY_ROLE',
  RESPONSIBILITIES = 'RESPONSIBILITIES',
  PARTICIPATION = 'PARTICIPATION',
  CONTRIBUTION = 'CONTRIBUTION',
}

export const ITEM_CATEGORY_LABELS: Record<ItemCategory, string> = {
  [ItemCategory.CIVILISED_PRACTICE]: '文明实践',
  [ItemCategory.PUBLIC_WELFARE]: '社会公益',
  [ItemCategory.CIVIC_VIRTUE]: '公民公德',
  [ItemCategory.DUTIES]: '履行义务',
  [ItemCategory.RIGHTS]: '行使权利',
  [ItemCategory.EXEMPLARY_ROLE]: '发挥作用',
  [ItemCategory.RESPONSIBILITIES]: '履行职责',
  [ItemCategory.PARTICIPATION]: '参与管理',
  [ItemCategory.CONTRIBUTION]: '自身贡献',
};
registerLabelledEnum(ItemCategory, 'ItemCategory', '评价事项类别', ITEM_CATEGORY_LABELS);

export enum ItemDirection {
  POSITIVE = 'POSITIVE',
  NEGATIVE = 'NEGATIVE',
}
registerLabelledEnum(ItemDirection, 'ItemDirection', '加分或扣分', {
  POSITIVE: '加分项',
  NEGATIVE: '扣分项',
});

export enum ScoreTrack {
  ROLE_DUTY = 'ROLE_DUTY',
  CREDIT = 'CREDIT',
}
registerLabelledEnum(ScoreTrack, 'ScoreTrack', '积分类型', {
  ROLE_DUTY: '角色职责积分',
  CREDIT: '居民信用积分',
});

/** Framework and manual versions: editable while DRAFT, immutable once PUBLISHED. */
export enum RuleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerLabelledEnum(RuleStatus, 'RuleStatus', '版本状态', { DRAFT: '草稿', PUBLISHED: '已发布' });

/** A village scoring list version: DRAFT until the villager representative assembly adopts it. */
export enum ScoringListStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
}
registerLabelledEnum(ScoringListStatus, 'ScoringListStatus', '积分评价清单状态', {
  DRAFT: '草稿',
  ADOPTED: '已经村民代表大会通过',
});

export enum ItemSource {
  FRAMEWORK = 'FRAMEWORK',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
}
registerLabelledEnum(ItemSource, 'ItemSource', '事项来源', {
  FRAMEWORK: '区评分框架',
  TOWN: '镇操作手册',
  VILLAGE: '村自定事项',
});

/** How a per-unit or per-band rate's points are rounded (a catalogue's "精确到 0.1 分，不足部分舍去"). */
export enum RoundingMode {
  DOWN = 'DOWN',
  NEAREST = 'NEAREST',
}
registerLabelledEnum(RoundingMode, 'RoundingMode', '取整方式', {
  DOWN: '舍去（向下取整）',
  NEAREST: '四舍五入',
});

/** What a cap (or a per-act maximum) does with the act that would pass it. */
export enum CapMode {
  REFUSE = 'REFUSE',
  CLAMP = 'CLAMP',
}
registerLabelledEnum(CapMode, 'CapMode', '超出上限时', {
  REFUSE: '不予受理',
  CLAMP: '计至上限为止',
});

/** Over which time a milestone item sums its source items' quantities. */
export enum MilestoneSpan {
  YEAR = 'YEAR',
  ALL = 'ALL',
}
registerLabelledEnum(MilestoneSpan, 'MilestoneSpan', '累计范围', {
  YEAR: '本年度累计',
  ALL: '历年累计',
});

/**
 * Whose act scores another person (DOMAIN.md §13): the beneficiary's relation to the actor — the
 * beneficiary is the actor's spouse, child or parent (e.g. a child's enlistment scores the parents).
 */
export enum BeneficiaryRelation {
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  OTHER = 'OTHER',
}
export const BENEFICIARY_RELATION_LABELS: Record<BeneficiaryRelation, string> = {
  SPOUSE: '配偶',
  CHILD: '子女',
  PARENT: '父母',
  OTHER: '其他亲属',
};
registerLabelledEnum(
  BeneficiaryRelation,
  'BeneficiaryRelation',
  '计分人是行为人的什么人',
  BENEFICIARY_RELATION_LABELS,
);

/**
 * A direct judgement's grade: the highest year-end grade a party member or representative can get
 * while the judgement stands (the same values as grading's Grade, which the rulebook cannot import).
 */
export enum JudgementGrade {
  QUALIFIED = 'QUALIFIED',
  BASIC = 'BASIC',
  UNQUALIFIED = 'UNQUALIFIED',
}
export const JUDGEMENT_GRADE_LABELS: Record<JudgementGrade, string> = {
  QUALIFIED: '合格',
  BASIC: '基本合格',
  UNQUALIFIED: '不合格',
};
registerLabelledEnum(JudgementGrade, 'JudgementGrade', '直接认定的等次（最高）', JUDGEMENT_GRADE_LABELS);

/** Which credit record an item's entries count in: the village's yearly score, the district's, or both. */
export enum RecordLevel {
  VILLAGE = 'VILLAGE',
  DISTRICT = 'DISTRICT',
  BOTH = 'BOTH',
}
export const RECORD_LEVEL_LABELS: Record<RecordLevel, string> = {
  VILLAGE: '只计入村级积分',
  DISTRICT: '只计入区级信用档案',
  BOTH: '村级积分和区级信用档案都计入',
};
registerLabelledEnum(RecordLevel, 'RecordLevel', '计入哪一级信用记录', RECORD_LEVEL_LABELS);
