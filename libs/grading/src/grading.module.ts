import { Module } from '@nestjs/common';
import { AppraisalResolver } from './appraisal/appraisal.resolver';
import { AppraisalSampleService } from './appraisal/appraisal-sample.service';
import { AppraisalService } from './appraisal/appraisal.service';
import { DraftPreviewResolver } from './preview/draft-preview.resolver';
import { DraftPreviewService } from './preview/draft-preview.service';
import { LineEvaluationResolver } from './year-end/line-evaluation.resolver';
import { YearEndEvaluator } from './year-end/year-end-evaluator';

/**
 * The year-end judgement: democratic appraisal, superior review samples, composites, grades and stars,
 * and the what-if preview of a draft's effect on them.
 * The tally reaches it through scoring's year-end port, which the composition root wires to YearEndEvaluator.
 */
@Module({
  providers: [
    AppraisalService,
    AppraisalSampleService,
    AppraisalResolver,
    LineEvaluationResolver,
    DraftPreviewService,
    DraftPreviewResolver,
  ],
  exports: [AppraisalService, AppraisalSampleService, DraftPreviewService],
})
export class GradingModule {}

export { YearEndEvaluator };
