export * from './evaluation/grading';
export * from './appraisal/appraisal-enums';
export * from './appraisal/appraisal-rating.entity';
export * from './appraisal/appraisal-sample-review.entity';
export * from './appraisal/appraisal-sample-finding.entity';
export * from './appraisal/appraisal.service';
export * from './appraisal/appraisal-sample.service';
export * from './appraisal/appraisal-sample';
export * from './year-end/line-evaluation';
export * from './year-end/year-end-evaluator';
export * from './year-end/final-year-results';
export * from './preview/draft-preview.service';
export { PreviewDraftKind } from './preview/preview-draft';
export * from './grading.module';

import { AppraisalRatingEntity } from './appraisal/appraisal-rating.entity';
import { AppraisalSampleFindingEntity } from './appraisal/appraisal-sample-finding.entity';
import { AppraisalSampleReviewEntity } from './appraisal/appraisal-sample-review.entity';

export const GRADING_ENTITIES = [
  AppraisalRatingEntity,
  AppraisalSampleReviewEntity,
  AppraisalSampleFindingEntity,
];
export { appraisalAveragesOf } from './appraisal/rating-aggregates';
