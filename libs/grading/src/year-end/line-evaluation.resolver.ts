import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ScoreTallyLineType } from '@village/scoring';
import type { LineEvaluation } from './line-evaluation';
import { LineEvaluationType } from './dto/line-evaluation.type';

/**
 * The `evaluation` field of a tally line: the tally stores what grading computed, grading says what it
 * means. Readable wherever the line is (the line's own query checked the permission).
 */
@Resolver(() => ScoreTallyLineType)
export class LineEvaluationResolver {
  @ResolveField('evaluation', () => LineEvaluationType, {
    nullable: true,
    description: '年度总评结果（季度核算为空）',
  })
  evaluation(@Parent() line: ScoreTallyLineType): LineEvaluation | null {
    return line.evaluation as LineEvaluation | null;
  }
}
