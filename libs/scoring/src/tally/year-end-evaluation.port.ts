import type { TenantTx } from '@village/platform-tenancy';
import type { ScoreRules } from '@village/rulebook';
import type { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import type { TallyLineDraft } from './tally-lines';
import type { StandingJudgement } from './standing-judgements';

/** What stands against people at year end beside their points: vetoes and direct judgements. */
export interface YearStandings {
  /** 'code name' of the veto items standing, per resident. */
  vetoes: ReadonlyMap<string, readonly string[]>;
  judgements: ReadonlyMap<string, readonly StandingJudgement[]>;
  /**
   * District-record points per resident at the year's end (only when the rules grade the district
   * record with letter grades; otherwise empty and unread).
   */
  districtPoints?: ReadonlyMap<string, number>;
}

/**
 * The year-end result a tally line stores (as jsonb, hashed with the line). Its shape belongs to the
 * grading that wrote it; the tally only keeps it and proves it.
 */
export type StoredEvaluation = Record<string, unknown>;

/**
 * The port through which the yearly tally asks for the year-end judgement (年底总评): composites, grades
 * and stars. Scoring defines it; grading implements it; the composition root wires the two, so the
 * dependency runs grading → scoring and never back.
 */
export interface YearEndEvaluation {
  /** The YEAR period's lines, each with its evaluation added; called inside the tally's transaction. */
  evaluate(
    tx: TenantTx,
    period: ScoringPeriodEntity,
    lines: TallyLineDraft[],
    standings: YearStandings,
    rules: ScoreRules,
  ): Promise<TallyLineDraft[]>;

  /** One sentence telling a person their posted result, or null when nothing was graded. */
  resultMessage(evaluation: StoredEvaluation | null): string | null;
}

export const YEAR_END_EVALUATION = Symbol('YearEndEvaluation');
