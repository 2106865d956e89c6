import type { EntityManager } from 'typeorm';
import type { ScoreRules } from '../rules/score-rules';
import type { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import type { TallyLineDraft } from './tally-lines';

/**
 * Year end: composites, grades and stars on top of the year's lines (filled in by the grading rules).
 * Until then the year's lines carry the totals only.
 */
export async function evaluateYear(
  _em: EntityManager,
  _period: ScoringPeriodEntity,
  lines: TallyLineDraft[],
  _vetoes: ReadonlyMap<string, readonly string[]>,
  _rules: ScoreRules,
): Promise<TallyLineDraft[]> {
  return lines;
}
