import { registerLabelledEnum } from '../graphql/labelled-enum';

// Shared vocabulary: the rulebook (which subjects an item applies to), residents and contracts all use it.

/** The subjects of the mechanism (docs/domain.md §3.1): a person may hold several at once. */
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
  [SubjectType.ELDER]: '“五老”',
};

registerLabelledEnum(SubjectType, 'SubjectType', '主体类型', SUBJECT_TYPE_LABELS);
