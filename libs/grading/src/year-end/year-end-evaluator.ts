import { Injectable } from '@nestjs/common';
import type { StoredEvaluation, YearEndEvaluation } from '@village/scoring';
import { gradeMessages } from './grade-messages';
import type { LineEvaluation } from './line-evaluation';
import { evaluateYear } from './year-evaluation';

/** Grading's side of the tally's year-end port (wired in the composition root). */
@Injectable()
export class YearEndEvaluator implements YearEndEvaluation {
  readonly evaluate = evaluateYear;

  resultMessage(evaluation: StoredEvaluation | null): string | null {
    return gradeMessages({ evaluation: evaluation as LineEvaluation | null });
  }
}
