import { Injectable } from '@nestjs/common';
import { BadInputException, NotFoundException, Permission } from '@village/platform-common';
import { ResidentEntity } from '@village/residents';
import { RequestContext, TenantDb, auditOwner, type TenantTx } from '@village/platform-tenancy';
import { effectiveList, ScoringListItemEntity, showPoints } from '@village/rulebook';
import { LedgerEntryKind } from '../ledger-entry-kind.enum';
import { LedgerEntryEntity } from '../ledger-entry.entity';
import { LedgerService } from '../ledger.service';
import { lockVillageScoring } from '../village-scoring-lock';

export interface CreditRepairCommand {
  entryId: string;
  reason: string;
}

/**
 * Credit repair (信用修复, DOMAIN.md §13): a later, reasoned decision of the credit council that softens
 * a standing direct judgement to the fixed deduction its item names. In one transaction under the
 * village's scoring lock: the judgement's entry is reversed (so it no longer caps the grade or stars)
 * and a deduction of the repair points is appended in its place, both naming the reason. Both keys
 * name the judgement's entry, so a judgement is repaired once, whoever asks twice.
 */
@Injectable()
export class CreditRepairService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: LedgerService,
  ) {}

  repair(ctx: RequestContext, input: CreditRepairCommand): Promise<LedgerEntryEntity> {
    return this.db.run(ctx, async (tx) => {
      const entry = await tx.findOne(LedgerEntryEntity, { where: { id: input.entryId } });
      if (!entry) throw new NotFoundException('entryId：找不到该台账记录，或您无权查看');
      const resident = await tx.findOneByOrFail(ResidentEntity, { id: entry.residentId });
      auditOwner(ctx, entry, resident.name);
      ctx.assertCan(Permission.DECLARATION_REVIEW, entry);
      const reason = input.reason.trim();
      if (!reason) throw BadInputException.field('reason', '信用修复必须写明理由（如整改情况）');
      await lockVillageScoring(tx, entry.villageId);
      if (
        entry.kind !== LedgerEntryKind.NORMAL ||
        (entry.judgementGrade === null && entry.judgementStars === null)
      ) {
        throw BadInputException.field(
          'entryId',
          `「${entry.itemCode} ${entry.itemName}」不是直接认定，无须信用修复`,
        );
      }
      const repaired = await tx.findOne(LedgerEntryEntity, {
        where: { idempotencyKey: `repair:${entry.id}` },
      });
      if (repaired) return repaired;
      const reversed = await tx.findOne(LedgerEntryEntity, {
        where: { reversesEntryId: entry.id, kind: LedgerEntryKind.REVERSAL },
      });
      if (reversed) throw BadInputException.field('entryId', '该直接认定已被冲正，不再需要信用修复');
      const item = await repairItemOf(tx, entry);
      if (item?.repairPoints === null || item?.repairPoints === undefined) {
        throw BadInputException.field(
          'entryId',
          `事项 ${entry.itemCode}「${entry.itemName}」没有信用修复途径`,
        );
      }
      await this.ledger.reverse(tx, entry.id, `信用修复：${reason}`, `repair:${entry.id}:reversal`);
      return this.ledger.append(
        tx,
        {
          villageId: entry.villageId,
          residentId: entry.residentId,
          track: entry.track,
          points: -item.repairPoints,
          itemCode: entry.itemCode,
          itemName: entry.itemName,
          itemPointsMin: entry.itemPointsMin,
          itemPointsMax: entry.itemPointsMax,
          recordLevel: entry.recordLevel,
          actedOn: entry.actedOn,
          expiresOn: entry.expiresOn,
          declarationId: entry.declarationId,
          reviewedBy: ctx.user?.id ?? null,
          reason,
          ruleNote: `信用修复：原直接认定（台账第 ${entry.seq} 号）改为扣 ${showPoints(item.repairPoints)} 分`,
        },
        `repair:${entry.id}`,
      );
    });
  }
}

/** The judgement's item as the village's list of the act's year has it (the repair path is the rulebook's). */
async function repairItemOf(tx: TenantTx, entry: LedgerEntryEntity): Promise<ScoringListItemEntity | null> {
  const list = await effectiveList(tx, entry.villageId, Number(entry.actedOn.slice(0, 4)));
  if (!list) return null;
  return tx.findOne(ScoringListItemEntity, { where: { listId: list.id, code: entry.itemCode } });
}
