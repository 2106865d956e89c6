import { Injectable } from '@nestjs/common';
import { BadInputException, notFound, Permission } from '@village/platform-common';
import { RequestContext, requireVisibleVillage, TenantDb } from '@village/platform-tenancy';
import { periodsOfYear, type PeriodSpan } from '@village/scoring';
import type { PeriodKindKey } from '../dashboards/base-figures';
import { dimensionsOf, figuresOf, type FairnessDimension, type GroupFigures } from './fairness-groups';
import { fairnessPeople, fairnessReviewers, villageGrids } from './fairness-rows';
import { fairnessScores, type FairnessScoreSource } from './fairness-scores';
import { judgeReviewer, type OutlierCheck } from './outlier-rule';

export interface FairnessQuery {
  villageId: string;
  year: number;
  periodKind: PeriodKindKey;
  periodNumber: number;
}

export interface FairnessReviewer {
  accountId: string;
  displayName: string;
  entriesApproved: number;
  deductions: number;
  deductionPoints: number;
  /** Deductions ÷ entries approved, in %. */
  deductionShare: number | null;
  check: OutlierCheck;
}

export interface FairnessView {
  villageId: string;
  villageName: string;
  span: PeriodSpan;
  periodLabel: string;
  scoreSource: FairnessScoreSource;
  scoreNote: string;
  village: GroupFigures;
  dimensions: FairnessDimension[];
  reviewers: FairnessReviewer[];
  reviewerTotal: { entriesApproved: number; deductions: number; deductionShare: number | null };
}

const NUMBER_REASON = { MONTH: '月份应为 1–12', QUARTER: '季度应为 1–4', YEAR: '年度应为 1' } as const;
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10000) / 100 : null);

function spanOf(q: FairnessQuery): PeriodSpan {
  const span = periodsOfYear(q.year).find((p) => p.kind === q.periodKind && p.number === q.periodNumber);
  if (!span) throw BadInputException.field('periodNumber', NUMBER_REASON[q.periodKind]);
  return span;
}

function labelOf(span: PeriodSpan): string {
  if (span.kind === 'MONTH') return `${span.year}年${span.number}月`;
  if (span.kind === 'QUARTER') return `${span.year}年第${span.number}季度`;
  return `${span.year}年`;
}

/**
 * The fairness view of one village and period (issue 14 item 5): scores, deductions and objections by
 * grid, gender and age band, and per reviewer, each checked against the rest of the village
 * (outlier-rule.ts). Cadres, auditors and the supervisory committee read it (FAIRNESS_READ at the village
 * or above; not residents: small groups and reviewers' names); row-level security bounds every statement. Groups are aggregates: no resident's name is read.
 */
@Injectable()
export class FairnessService {
  constructor(private readonly db: TenantDb) {}

  view(ctx: RequestContext, q: FairnessQuery): Promise<FairnessView> {
    const span = spanOf(q);
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, q.villageId);
      if (!ctx.can(Permission.FAIRNESS_READ, village)) throw notFound('villageId', '村');
      const range = { villageId: village.id, startsOn: span.startsOn, endsOn: span.endsOn };
      const scores = await fairnessScores(tx, village.id, span);
      const people = await fairnessPeople(tx, range, scores.byResident);
      const grids = await villageGrids(tx, village.id);
      const reviewerRows = await fairnessReviewers(tx, range);
      const total = figuresOf('VILLAGE', `${village.name}全村`, people);
      const entries = reviewerRows.reduce((n, r) => n + r.entriesApproved, 0);
      const deductions = reviewerRows.reduce((n, r) => n + r.deductions, 0);
      return {
        villageId: village.id,
        villageName: village.name,
        span,
        periodLabel: labelOf(span),
        scoreSource: scores.source,
        scoreNote: scores.note,
        village: total,
        dimensions: dimensionsOf(people, total, grids),
        reviewers: reviewerRows.map((r) => ({
          ...r,
          displayName: r.displayName ?? '（无权查看的账号）',
          deductionPoints: Math.round(r.deductionPoints * 100) / 100,
          deductionShare: share(r.deductions, r.entriesApproved),
          check: judgeReviewer(
            { count: r.deductions, size: r.entriesApproved },
            { count: deductions, size: entries },
          ),
        })),
        reviewerTotal: { entriesApproved: entries, deductions, deductionShare: share(deductions, entries) },
      };
    });
  }
}
