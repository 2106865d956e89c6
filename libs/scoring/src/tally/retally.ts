import type { TenantTx } from '@village/platform-tenancy';
import { ScoringPeriodStatus } from '../periods/period-enums';
import type { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import { latestNotice, postNotice } from './notice-posting';
import type { ScoreTallyEntity } from './score-tally.entity';
import { writeTally } from './tally-writer';
import type { YearEndEvaluation } from './year-end-evaluation.port';

/**
 * After the ledger of a tallied period was corrected (an upheld objection, a confirmed correction): the
 * next tally version, and, while the notice runs, that version posted again in the same window — what
 * is posted is always the latest version, and the period becomes final with it. The caller holds the
 * period's row lock and has refused final periods.
 */
export async function retallyCorrected(
  tx: TenantTx,
  period: ScoringPeriodEntity,
  reason: string,
  yearEnd: YearEndEvaluation,
): Promise<ScoreTallyEntity> {
  const retally = await writeTally(tx, period, reason, yearEnd);
  const notice = period.status === ScoringPeriodStatus.NOTICE ? await latestNotice(tx, period.id) : null;
  if (notice) await postNotice(tx, period, retally, notice.startsOn, notice.endsOn);
  return retally;
}
