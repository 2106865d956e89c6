import { SubjectType, registerLabelledEnum } from '@village/platform-common';

/** The subject tracks appraised at year end (民主评议): party members and representatives. */
export const APPRAISED_SUBJECTS = [SubjectType.PARTY_MEMBER, SubjectType.REPRESENTATIVE] as const;
export type AppraisedSubject = (typeof APPRAISED_SUBJECTS)[number];

/** Who gave a rating: a holder of the same subject type (peer) or anyone else of the village (mass). */
export enum AppraisalRaterKind {
  PEER = 'PEER',
  MASS = 'MASS',
}

export const APPRAISAL_RATER_KIND_LABELS: Record<AppraisalRaterKind, string> = {
  [AppraisalRaterKind.PEER]: '同级互评',
  [AppraisalRaterKind.MASS]: '群众评议',
};

/** The town's finding on one sampled person (上级审查). */
export enum SampleFinding {
  CONFIRMED = 'CONFIRMED',
  QUESTIONED = 'QUESTIONED',
}

export const SAMPLE_FINDING_LABELS: Record<SampleFinding, string> = {
  [SampleFinding.CONFIRMED]: '审查无误',
  [SampleFinding.QUESTIONED]: '存在疑问',
};

registerLabelledEnum(AppraisalRaterKind, 'AppraisalRaterKind', '民主评议类别', APPRAISAL_RATER_KIND_LABELS);

registerLabelledEnum(SampleFinding, 'SampleFinding', '上级审查结论', SAMPLE_FINDING_LABELS);
