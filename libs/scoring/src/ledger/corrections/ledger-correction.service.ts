import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  BadInputException,
  ConflictException,
  NotFoundException,
  Permission,
  todayInChina,
  type Page,
} from '@village/platform-common';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import {
  RequestContext,
  TenantDb,
  auditOwner,
  requireVisibleVillage,
  type TenantTx,
} from '@village/platform-tenancy';
import { ScoringPeriodStatus } from '../../periods/period-enums';
import type { ScoringPeriodEntity } from '../../periods/scoring-period.entity';
import { periodLabel } from '../../periods/scoring-period.service';
import { retallyCorrected } from '../../tally/retally';
import { lockPeriod } from '../../tally/tally.service';
import { YEAR_END_EVALUATION, type YearEndEvaluation } from '../../tally/year-end-evaluation.port';
import { LedgerEntryKind } from '../ledger-entry-kind.enum';
import { LedgerEntryEntity } from '../ledger-entry.entity';
import { LedgerService } from '../ledger.service';
import { lockVillageScoring } from '../village-scoring-lock';
import { LedgerCorrectionKind, LedgerCorrectionStatus } from './correction-enums';
import { assertNotRecused } from './correction-recusal';
import { quarterOf, refuseFinal, validCorrection, writeCorrection } from './correction-steps';
import { LedgerCorrectionEntity } from './ledger-correction.entity';

export interface ProposeCorrection {
  entryId: string;
  kind: LedgerCorrectionKind;
  points?: number | null;
  reason: string;
}

/**
 * Corrections outside the objection flow (台账更正): a reviewer of the village (credit council, scorer)
 * proposes a reasoned reversal or correcting entry for an approved entry; another reviewer, not recused,
 * confirms or rejects it. Confirmation writes the ledger entries, re-tallies (and re-posts) the quarter
 * when it is tallied or under notice, and tells the resident — all in one transaction. A final quarter is
 * never corrected (see correction-steps.ts).
 */
@Injectable()
export class LedgerCorrectionService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationService,
    @Inject(YEAR_END_EVALUATION) private readonly yearEnd: YearEndEvaluation,
  ) {}

  propose(ctx: RequestContext, input: ProposeCorrection): Promise<LedgerCorrectionEntity> {
    return this.db.run(ctx, async (tx) => {
      const entry = await tx.findOne(LedgerEntryEntity, { where: { id: input.entryId } });
      if (!entry) throw new NotFoundException('entryId：找不到该台账记录，或您无权查看');
      auditOwner(ctx, entry, '台账更正');
      ctx.assertCan(Permission.DECLARATION_REVIEW, entry);
      const { reason, points } = validCorrection(input);
      if (entry.kind !== LedgerEntryKind.NORMAL) {
        throw BadInputException.field('entryId', '冲正记录不能再更正，请更正原记录');
      }
      await assertNotRecused(tx, entry.residentId);
      const period = await quarterOf(tx, entry);
      refuseFinal(period);
      // Under the village's scoring lock, so two proposals for one entry cannot both see none open,
      // and a reversal written meanwhile is seen.
      await lockVillageScoring(tx, entry.villageId);
      const reversed = await tx.findOne(LedgerEntryEntity, {
        where: { reversesEntryId: entry.id, kind: LedgerEntryKind.REVERSAL },
      });
      if (reversed) {
        throw new ConflictException('该台账记录已被冲正，不能再更正', [
          { field: 'entryId', reasons: ['已被冲正'] },
        ]);
      }
      const open = await tx.findOne(LedgerCorrectionEntity, {
        where: { entryId: entry.id, status: LedgerCorrectionStatus.PROPOSED },
      });
      if (open) {
        throw new ConflictException('该台账记录已有待确认的更正，请先确认或驳回', [
          { field: 'entryId', reasons: ['已有待确认的更正'] },
        ]);
      }
      const row = {
        id: randomUUID(),
        districtId: entry.districtId,
        townId: entry.townId,
        villageId: entry.villageId,
        entryId: entry.id,
        subjectResidentId: entry.residentId,
        periodId: period?.id ?? null,
        kind: input.kind,
        points,
        reason,
        proposedBy: ctx.user?.id as string,
        proposedOn: todayInChina(),
        status: LedgerCorrectionStatus.PROPOSED,
      };
      await tx.insert(LedgerCorrectionEntity, row);
      return tx.findOneByOrFail(LedgerCorrectionEntity, { id: row.id });
    });
  }

  confirm(ctx: RequestContext, id: string): Promise<LedgerCorrectionEntity> {
    return this.db.run(ctx, async (tx) => {
      const proposal = await this.openProposal(tx, id);
      await assertNotRecused(tx, proposal.subjectResidentId, proposal.proposedBy);
      // Lock order as everywhere: the proposal's row, then its period's, then the village's scoring lock.
      const period = proposal.periodId ? await lockPeriod(tx, proposal.periodId) : null;
      refuseFinal(period);
      const entryIds = await writeCorrection(tx, this.ledger, proposal);
      const retally =
        period && [ScoringPeriodStatus.TALLIED, ScoringPeriodStatus.NOTICE].includes(period.status)
          ? await retallyCorrected(tx, period, `台账更正后重新核算：${proposal.reason}`, this.yearEnd)
          : null;
      await tx.update(
        LedgerCorrectionEntity,
        { id: proposal.id },
        {
          status: LedgerCorrectionStatus.CONFIRMED,
          decidedBy: ctx.user?.id ?? null,
          decidedOn: todayInChina(),
          correctionEntryIds: entryIds,
          retallyId: retally?.id ?? null,
        },
      );
      const result = await tx.findOneByOrFail(LedgerCorrectionEntity, { id: proposal.id });
      await this.tellResident(tx, result, period);
      return result;
    });
  }

  reject(ctx: RequestContext, id: string, reason: string): Promise<LedgerCorrectionEntity> {
    return this.db.run(ctx, async (tx) => {
      const proposal = await this.openProposal(tx, id);
      const why = reason?.trim() ?? '';
      if (!why) throw BadInputException.field('reason', '驳回更正须写明理由');
      if (why.length > 450) throw BadInputException.field('reason', '驳回理由不能超过 450 字');
      await assertNotRecused(tx, proposal.subjectResidentId, proposal.proposedBy);
      await tx.update(
        LedgerCorrectionEntity,
        { id: proposal.id },
        {
          status: LedgerCorrectionStatus.REJECTED,
          decidedBy: ctx.user?.id ?? null,
          decidedOn: todayInChina(),
          rejectionReason: why,
        },
      );
      const result = await tx.findOneByOrFail(LedgerCorrectionEntity, { id: proposal.id });
      await this.notifications.notify(tx, {
        kind: NotificationKind.GENERAL,
        title: '台账更正被驳回',
        body: `您提出的台账更正未获确认：${why}`,
        unit: result,
        recipients: [result.proposedBy],
        link: { entityType: 'LEDGER_CORRECTION', id: result.id },
      });
      return result;
    });
  }

  /** A village's proposals, newest first, for its reviewers. */
  list(
    ctx: RequestContext,
    filter: { villageId: string; status?: LedgerCorrectionStatus | null; limit: number; offset: number },
  ): Promise<Page<LedgerCorrectionEntity>> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, filter.villageId);
      ctx.assertCan(Permission.DECLARATION_REVIEW, village);
      const [items, total] = await tx.findAndCount(LedgerCorrectionEntity, {
        where: { villageId: village.id, ...(filter.status ? { status: filter.status } : {}) },
        order: { createdAt: 'DESC' },
        take: filter.limit,
        skip: filter.offset,
      });
      return { items, total };
    });
  }

  /** The proposal, row-locked so two decisions at once run one after the other; still undecided. */
  private async openProposal(tx: TenantTx, id: string): Promise<LedgerCorrectionEntity> {
    const { ctx } = tx;
    const proposal = await tx.findOne(LedgerCorrectionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal) throw new NotFoundException('id：找不到该台账更正，或您无权查看');
    auditOwner(ctx, proposal, '台账更正');
    ctx.assertCan(Permission.DECLARATION_REVIEW, proposal);
    if (proposal.status !== LedgerCorrectionStatus.PROPOSED) {
      const done = proposal.status === LedgerCorrectionStatus.CONFIRMED ? '已确认' : '已驳回';
      throw new ConflictException(`该台账更正${done}，不能再次处理`, [{ field: 'id', reasons: [done] }]);
    }
    return proposal;
  }

  private async tellResident(
    tx: TenantTx,
    correction: LedgerCorrectionEntity,
    period: ScoringPeriodEntity | null,
  ): Promise<void> {
    const [subject] = (await tx.query('SELECT user_id FROM resident WHERE id = $1', [
      correction.subjectResidentId,
    ])) as { user_id: string | null }[];
    if (!subject?.user_id) return;
    const what =
      correction.kind === LedgerCorrectionKind.REVERSAL
        ? '一条台账记录已冲正'
        : `台账已补记更正 ${correction.points} 分`;
    const retallied = correction.retallyId && period ? `，${periodLabel(period)}已重新核算` : '';
    await this.notifications.notify(tx, {
      kind: NotificationKind.GENERAL,
      title: '积分台账已更正',
      body: `经两名审核人员确认，您的${what}${retallied}：${correction.reason}`,
      unit: correction,
      recipients: [subject.user_id],
      link: { entityType: 'LEDGER_CORRECTION', id: correction.id },
    });
  }
}
