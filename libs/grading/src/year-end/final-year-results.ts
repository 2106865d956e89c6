import type { SubjectType } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import {
  latestTally,
  linesOf,
  ScoringPeriodEntity,
  ScoringPeriodKind,
  ScoringPeriodStatus,
} from '@village/scoring';
import type { Grade } from '../evaluation/grading';
import type { LineEvaluation } from './line-evaluation';

/** One person's results in a village's final year: what incentives (eligibility, honours, cases) read. */
export interface FinalYearResult {
  residentId: string;
  residentName: string;
  subjectTypes: SubjectType[];
  creditScore: number;
  rank: number;
  rankGroup: string;
  stars: number | null;
  partyMemberGrade: Grade | null;
  representativeGrade: Grade | null;
  cadreGrade: Grade | null;
}

export interface FinalYear {
  year: number;
  periodId: string;
  /** By resident id; people not graded that year are absent. */
  results: Map<string, FinalYearResult>;
}

/**
 * The grading's public answer to "how was this village graded": the last year whose year period is
 * FINAL (after its public notice and objections), or `year` when given, read from the tally that was
 * made final (the latest version). Null when the village has no such year. Nothing here writes.
 */
export async function finalYearResults(
  tx: TenantTx,
  villageId: string,
  year?: number,
): Promise<FinalYear | null> {
  const period = await tx.findOne(ScoringPeriodEntity, {
    where: {
      villageId,
      kind: ScoringPeriodKind.YEAR,
      status: ScoringPeriodStatus.FINAL,
      ...(year === undefined ? {} : { year }),
    },
    order: { year: 'DESC' },
  });
  if (!period) return null;
  const tally = await latestTally(tx, period.id);
  if (!tally) return null;
  const results = new Map<string, FinalYearResult>();
  for (const line of await linesOf(tx, tally)) {
    const evaluation = line.evaluation as LineEvaluation | null;
    results.set(line.residentId, {
      residentId: line.residentId,
      residentName: line.residentName,
      subjectTypes: line.subjectTypes,
      creditScore: line.creditScore,
      rank: line.rank,
      rankGroup: line.rankGroup,
      stars: evaluation?.stars ?? null,
      partyMemberGrade: evaluation?.partyMember?.grade ?? null,
      representativeGrade: evaluation?.representative?.grade ?? null,
      cadreGrade: evaluation?.cadre?.grade ?? null,
    });
  }
  return { year: period.year, periodId: period.id, results };
}
