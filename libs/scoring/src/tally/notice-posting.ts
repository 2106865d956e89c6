import { randomUUID } from 'node:crypto';
import type { TenantTx } from '@village/platform-tenancy';
import type { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import { PublicNoticeEntity } from './public-notice.entity';
import type { ScoreTallyEntity } from './score-tally.entity';

/** The period's current posting: the latest row (a corrected tally is posted again in the same window). */
export function latestNotice(tx: TenantTx, periodId: string): Promise<PublicNoticeEntity | null> {
  return tx.findOne(PublicNoticeEntity, { where: { periodId }, order: { postedAt: 'DESC' } });
}

/** Inserts a posting (also used when a corrected tally is re-posted inside the same window). */
export async function postNotice(
  tx: TenantTx,
  period: ScoringPeriodEntity,
  tally: ScoreTallyEntity,
  startsOn: string,
  endsOn: string,
): Promise<PublicNoticeEntity> {
  const { ctx } = tx;
  const notice = {
    id: randomUUID(),
    districtId: period.districtId,
    townId: period.townId,
    villageId: period.villageId,
    periodId: period.id,
    tallyId: tally.id,
    startsOn,
    endsOn,
    postedBy: ctx.user?.id ?? null,
  };
  await tx.insert(PublicNoticeEntity, notice);
  return tx.findOneByOrFail(PublicNoticeEntity, { id: notice.id });
}
