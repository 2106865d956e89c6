import { registerEnumType } from '@nestjs/graphql';

/** Who an evaluation item applies to; other libs (contracts, grading, …) import this enum. */
export enum SubjectType {
  PARTY_MEMBER = 'PARTY_MEMBER',
  REPRESENTATIVE = 'REPRESENTATIVE',
  VILLAGER = 'VILLAGER',
  VOLUNTEER = 'VOLUNTEER',
  ELDER = 'ELDER',
}

export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = {
  [SubjectType.PARTY_MEMBER]: '党员',
  [SubjectType.REPRESENTATIVE]: '村民代表',
  [SubjectType.VILLAGER]: '村民',
  [SubjectType.VOLUNTEER]: '志愿者',
  [SubjectType.ELDER]: '老人',
};

registerEnumType(SubjectType, {
  name: 'SubjectType',
  description: '评价主体类型',
  valuesMap: Object.fromEntries(
    Object.entries(SUBJECT_TYPE_LABELS).map(([key, label]) => [key, { description: label }]),
  ),
});
