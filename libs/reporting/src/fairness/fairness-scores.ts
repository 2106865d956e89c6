import { registerLabelledEnum } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { villageRulebook } from '@village/rulebook';
import { buildTallyLines, ledgerSums, tallyPeople, type PeriodSpan } from '@village/scoring';

export enum FairnessScoreSource {
  TALLY = 'TALLY',
  LEDGER = 'LEDGER',
  NONE = 'NONE',
}

registerLabelledEnum(FairnessScoreSource, 'FairnessScoreSource', '平均信用积分的来源', {
  TALLY: '本期最新一版核算（已冻结）',
  LEDGER: '台账合计（基础分 + 1 月 1 日至期末的信用积分，与核算同一算法）',
  NONE: '本年度尚未通过积分清单，无积分可算',
});

export interface FairnessScores {
  source: FairnessScoreSource;
  /** What the scores are, in words: which tally version, or the ledger window. */
  note: string;
  byResident: Map<string, number>;
}

/**
 * The credit score of each resident for the period: a quarter's or the year's latest tally (its lines
 * are frozen) when it has been tallied; otherwise — every month, or a period not tallied yet — what
 * the tally would say now, computed the tally's way (tallyPeople, ledgerSums and buildTallyLines over
 * 1 January to the period's last day, reversals included, district-only entries left out).
 */
export async function fairnessScores(
  tx: TenantTx,
  villageId: string,
  span: PeriodSpan,
): Promise<FairnessScores> {
  if (span.kind !== 'MONTH') {
    const [tally] = (await tx.query(
      `SELECT t.id, t.version FROM score_tally t
         JOIN scoring_period p ON p.id = t.period_id
        WHERE p.village_id = $1 AND p.year = $2 AND p.kind = $3 AND p.number = $4
        ORDER BY t.version DESC LIMIT 1`,
      [villageId, span.year, span.kind, span.number],
    )) as { id: string; version: number }[];
    if (tally) {
      const lines = (await tx.query(
        'SELECT resident_id, credit_score FROM score_tally_line WHERE village_id = $1 AND tally_id = $2',
        [villageId, tally.id],
      )) as { resident_id: string; credit_score: string }[];
      return {
        source: FairnessScoreSource.TALLY,
        note: `本期核算第 ${tally.version} 版`,
        byResident: new Map(lines.map((l) => [l.resident_id, Number(l.credit_score)])),
      };
    }
  }
  const rulebook = await villageRulebook(tx, villageId, span.year);
  if (!rulebook) {
    return { source: FairnessScoreSource.NONE, note: '本年度尚未通过积分清单', byResident: new Map() };
  }
  const window = {
    villageId,
    startsOn: `${span.year}-01-01`,
    endsOn: span.endsOn,
    periodStartsOn: span.startsOn,
    maxSeq: Number.MAX_SAFE_INTEGER,
  };
  const lines = buildTallyLines(await tallyPeople(tx, window), await ledgerSums(tx, window), rulebook.rules);
  return {
    source: FairnessScoreSource.LEDGER,
    note: `台账合计：基础分 ${rulebook.rules.creditBaseScore} 分 + ${window.startsOn} 至 ${window.endsOn} 的信用积分`,
    byResident: new Map(lines.map((l) => [l.residentId, l.creditScore])),
  };
}
