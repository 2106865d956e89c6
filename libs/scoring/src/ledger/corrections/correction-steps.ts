import { BadInputException, ConflictException } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { ScoringPeriodKind, ScoringPeriodStatus } from '../../periods/period-enums';
import { ScoringPeriodEntity } from '../../periods/scoring-period.entity';
import { periodLabel } from '../../periods/scoring-period.service';
import { CORRECTION_ITEM_CODE } from '../../tally/objection.service';
import { snapshotOfItem } from '../item-snapshot';
import { LedgerEntryKind } from '../ledger-entry-kind.enum';
import { LedgerEntryEntity } from '../ledger-entry.entity';
import type { LedgerService } from '../ledger.service';
import { lockVillageScoring } from '../village-scoring-lock';
import { LedgerCorrectionKind } from './correction-enums';
import type { LedgerCorrectionEntity } from './ledger-correction.entity';

/** The reason also goes on the ledger entry and the re-tally, with a prefix, within their 500 characters. */
const MAX_REASON = 450;
/** As for objections: a correction larger than any item's points is a typing error. */
const MAX_ADJUSTMENT = 1000;

/** The reason, trimmed, and the points (two decimals) an ADJUSTMENT books; refuses what makes no sense. */
export function validCorrection(input: {
  kind: LedgerCorrectionKind;
  points?: number | null;
  reason: string;
}): { reason: string; points: number | null } {
  const reason = input.reason?.trim() ?? '';
  if (!reason) throw BadInputException.field('reason', '请写明更正理由');
  if (reason.length > MAX_REASON)
    throw BadInputException.field('reason', `更正理由不能超过 ${MAX_REASON} 字`);
  if (input.kind === LedgerCorrectionKind.REVERSAL) {
    if (input.points != null) throw BadInputException.field('points', '冲正撤销整条记录，不填分值');
    return { reason, points: null };
  }
  const points = input.points;
  if (points == null || !Number.isFinite(points) || Math.abs(points) > MAX_ADJUSTMENT) {
    throw BadInputException.field(
      'points',
      `更正须填写补记的分值（正为补加，负为扣减），绝对值不超过 ${MAX_ADJUSTMENT}`,
    );
  }
  const rounded = Math.round(points * 100) / 100;
  if (rounded === 0) throw BadInputException.field('points', '更正分值不能为 0');
  return { reason, points: rounded };
}

/** The quarter an entry's act date falls in (its scores are posted there), if the year is open. */
export function quarterOf(tx: TenantTx, entry: LedgerEntryEntity): Promise<ScoringPeriodEntity | null> {
  return tx
    .createQueryBuilder(ScoringPeriodEntity, 'p')
    .where('p.villageId = :village', { village: entry.villageId })
    .andWhere('p.kind = :kind', { kind: ScoringPeriodKind.QUARTER })
    .andWhere(':day BETWEEN p.startsOn AND p.endsOn', { day: entry.actedOn })
    .getOne();
}

/**
 * A final quarter is never corrected: its posting is what the village agreed on, and the year's grading
 * reads it. A mistake found later is booked in the current period, as a registration with its reason.
 */
export function refuseFinal(period: ScoringPeriodEntity | null): void {
  if (period?.status !== ScoringPeriodStatus.FINAL) return;
  throw new ConflictException(
    `${periodLabel(period)}已定案，不能更正；如确有错误，请在当前期间登记加分或扣分事项并写明原因`,
    [{ field: 'entryId', reasons: ['期间已定案'] }],
  );
}

/** The confirmed correction on the ledger: the reversal, or the correcting entry beside the original. */
export async function writeCorrection(
  tx: TenantTx,
  ledger: LedgerService,
  correction: LedgerCorrectionEntity,
): Promise<string[]> {
  const reason = `台账更正：${correction.reason}`;
  if (correction.kind === LedgerCorrectionKind.REVERSAL) {
    const reversal = await ledger.reverse(tx, correction.entryId, reason, `correction:${correction.id}`);
    return [reversal.id];
  }
  await lockVillageScoring(tx, correction.villageId as string);
  const original = await tx.findOneByOrFail(LedgerEntryEntity, { id: correction.entryId });
  const reversed = await tx.findOne(LedgerEntryEntity, {
    where: { reversesEntryId: original.id, kind: LedgerEntryKind.REVERSAL },
  });
  // Reversed since it was proposed (an upheld objection): the difference would be booked on nothing.
  if (reversed) {
    throw new ConflictException('该台账记录在提出更正后已被冲正，更正不再适用，请驳回', [
      { field: 'id', reasons: ['原记录已被冲正'] },
    ]);
  }
  const points = correction.points as number;
  const entry = await ledger.append(
    tx,
    {
      villageId: original.villageId,
      residentId: original.residentId,
      track: original.track,
      points,
      ...snapshotOfItem({
        code: CORRECTION_ITEM_CODE,
        name: '台账更正',
        pointsMin: points,
        pointsMax: points,
      }),
      actedOn: original.actedOn,
      reviewedBy: tx.ctx.user?.id ?? null,
      reason,
    },
    `correction:${correction.id}`,
  );
  return [entry.id];
}
