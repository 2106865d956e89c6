import { registerLabelledEnum } from '@village/platform-common';

/** Only ACTIVE residents are scored. */
export enum ResidentStatus {
  ACTIVE = 'ACTIVE',
  MOVED_OUT = 'MOVED_OUT',
  DECEASED = 'DECEASED',
  STUDENT = 'STUDENT',
}

export const RESIDENT_STATUS_LABELS: Record<ResidentStatus, string> = {
  [ResidentStatus.ACTIVE]: '在村',
  [ResidentStatus.MOVED_OUT]: '迁出',
  [ResidentStatus.DECEASED]: '已故',
  [ResidentStatus.STUDENT]: '在校学生',
};

/**
 * 与户主关系 in the household register (the head is the household's own field). Lets the scoring check
 * an act declared for a relative (DOMAIN.md §13) against the register.
 */
export enum HouseholdRelation {
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  OTHER = 'OTHER',
}

export const HOUSEHOLD_RELATION_LABELS: Record<HouseholdRelation, string> = {
  [HouseholdRelation.SPOUSE]: '配偶',
  [HouseholdRelation.CHILD]: '子女',
  [HouseholdRelation.PARENT]: '父母',
  [HouseholdRelation.OTHER]: '其他',
};

registerLabelledEnum(
  HouseholdRelation,
  'HouseholdRelation',
  '与户主关系（户主本人不填）',
  HOUSEHOLD_RELATION_LABELS,
);

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export const GENDER_LABELS: Record<Gender, string> = { [Gender.MALE]: '男', [Gender.FEMALE]: '女' };

registerLabelledEnum(
  ResidentStatus,
  'ResidentStatus',
  '村民状态（只有在村村民参与积分）',
  RESIDENT_STATUS_LABELS,
);
registerLabelledEnum(Gender, 'Gender', '性别', GENDER_LABELS);
