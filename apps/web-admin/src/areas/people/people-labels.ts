/**
 * Chinese names of the people area's enum values, and the tag colour that goes with each (always
 * together with the words: colour is never the only cue).
 */
export type ResidentStatusValue = 'ACTIVE' | 'MOVED_OUT' | 'DECEASED' | 'STUDENT';
export type SubjectTypeValue =
  | 'VILLAGER'
  | 'PARTY_MEMBER'
  | 'REPRESENTATIVE'
  | 'VOLUNTEER'
  | 'ELDER'
  | 'BRANCH_SECRETARY'
  | 'VILLAGE_DIRECTOR'
  | 'COMMITTEE_MEMBER'
  | 'INFO_COLLECTOR';
export type GenderValue = 'MALE' | 'FEMALE';

export const RESIDENT_STATUS_LABELS: Record<ResidentStatusValue, string> = {
  ACTIVE: '在村',
  MOVED_OUT: '迁出',
  DECEASED: '已故',
  STUDENT: '在校学生',
};

export const RESIDENT_STATUS_COLOURS: Record<ResidentStatusValue, string> = {
  ACTIVE: 'green',
  MOVED_OUT: 'default',
  DECEASED: 'default',
  STUDENT: 'blue',
};

export const SUBJECT_TYPE_LABELS: Record<SubjectTypeValue, string> = {
  VILLAGER: '村民',
  PARTY_MEMBER: '党员',
  REPRESENTATIVE: '村民代表',
  VOLUNTEER: '志愿者',
  ELDER: '“五老”',
  BRANCH_SECRETARY: '党支部书记',
  VILLAGE_DIRECTOR: '村委会主任',
  COMMITTEE_MEMBER: '村“两委”委员',
  INFO_COLLECTOR: '信息员',
};

export const GENDER_LABELS: Record<GenderValue, string> = { MALE: '男', FEMALE: '女' };

/** 与户主关系 (the head is the household's own field). */
export type HouseholdRelationValue = 'SPOUSE' | 'CHILD' | 'PARENT' | 'OTHER';
export const HOUSEHOLD_RELATION_LABELS: Record<HouseholdRelationValue, string> = {
  SPOUSE: '配偶',
  CHILD: '子女',
  PARENT: '父母',
  OTHER: '其他',
};
export const HOUSEHOLD_RELATION_CHOICES = Object.entries(HOUSEHOLD_RELATION_LABELS).map(([value, label]) => ({
  value,
  label,
}));

export const RESIDENT_STATUS_OPTIONS = Object.entries(RESIDENT_STATUS_LABELS).map(([value, label]) => ({
  value: value as ResidentStatusValue,
  label,
}));

export const SUBJECT_TYPE_OPTIONS = Object.entries(SUBJECT_TYPE_LABELS).map(([value, label]) => ({
  value: value as SubjectTypeValue,
  label,
}));
