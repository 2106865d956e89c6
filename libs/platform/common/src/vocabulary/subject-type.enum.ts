import { registerLabelledEnum } from '../graphql/labelled-enum';

// Shared vocabulary: the rulebook (which subjects an item applies to), residents and contracts all use it.

/** The subjects of the mechanism (docs/domain.md §3.1): a person may hold several at once. */
export enum SubjectType {
  PARTY_MEMBER = 'PARTY_MEMBER',
  REPRESENTATIVE = 'REPRESENTATIVE',
  VILLAGER = 'VILLAGER',
  VOLUNTEER = 'VOLUNTEER',
  ELDER = 'ELDER',
  /** Village cadres (村干部, DOMAIN.md §13): subjects in their own right, graded on the cadre track. */
  BRANCH_SECRETARY = 'BRANCH_SECRETARY',
  VILLAGE_DIRECTOR = 'VILLAGE_DIRECTOR',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  INFO_COLLECTOR = 'INFO_COLLECTOR',
}

/** The village cadre posts: one grading track (村干部) whichever post a person holds. */
export const CADRE_SUBJECTS: readonly SubjectType[] = [
  SubjectType.BRANCH_SECRETARY,
  SubjectType.VILLAGE_DIRECTOR,
  SubjectType.COMMITTEE_MEMBER,
  SubjectType.INFO_COLLECTOR,
];

export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = {
  [SubjectType.PARTY_MEMBER]: '党员',
  [SubjectType.REPRESENTATIVE]: '村民代表',
  [SubjectType.VILLAGER]: '村民',
  [SubjectType.VOLUNTEER]: '志愿者',
  [SubjectType.ELDER]: '“五老”',
  [SubjectType.BRANCH_SECRETARY]: '党支部书记',
  [SubjectType.VILLAGE_DIRECTOR]: '村委会主任',
  [SubjectType.COMMITTEE_MEMBER]: '村“两委”委员',
  [SubjectType.INFO_COLLECTOR]: '信息员',
};

registerLabelledEnum(SubjectType, 'SubjectType', '主体类型', SUBJECT_TYPE_LABELS);
