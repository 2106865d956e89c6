import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BadInputException,
  ConflictException,
  NotFoundException,
  Permission,
} from '@village/platform-common';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import { ResidentEntity } from '@village/residents';
import { RequestContext, TenantDb, auditOwner, type TenantTx } from '@village/platform-tenancy';
import { LedgerService } from '../ledger/ledger.service';
import { ScoringListItemEntity } from '@village/rulebook';
import { DeclarationReviewEntity } from './declaration-review.entity';
import { DeclarationEntity } from './declaration.entity';
import { DECLARATION_STATUS_LABELS, DeclarationStatus, ReviewDecision } from './declaration-enums';
import { capApprovedPoints } from './declaration-checks';
import { addMonths, approvedPoints } from './declaration-rules';
import { actNotesOf, expiryOf, scoreHouseholdMembers } from './act-scoring';
import { describeClaim, resolveAmendment, type AmendmentRequest } from './declaration-amendment';
import { snapshotOfItem } from '../ledger/item-snapshot';
import { lockVillageScoring } from '../ledger/village-scoring-lock';
import { assertNotRecused } from './review-recusal';
import { awardMilestones } from './milestones';

export interface ReviewCommand extends AmendmentRequest {
  declarationId: string;
  decision: ReviewDecision;
  points?: number | null;
  reason?: string | null;
}

const STATUS_AFTER: Record<ReviewDecision, DeclarationStatus> = {
  APPROVE: DeclarationStatus.APPROVED,
  REJECT: DeclarationStatus.REJECTED,
  AMEND: DeclarationStatus.AMENDED,
};

/**
 * Review by the credit council or the scoring team. An approval (or an amendment, which approves what
 * the reviewer corrected) writes its ledger entry and the resident's notification in the same
 * transaction as the decision, so none exists without the others. Every decision runs under the
 * village's scoring lock (village-scoring-lock.ts), so caps and the repeat multiplier are what they
 * would be one review after another.
 */
@Injectable()
export class DeclarationReviewService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationService,
  ) {}

  review(ctx: RequestContext, input: ReviewCommand): Promise<DeclarationEntity> {
    return this.db.run(ctx, async (tx) => {
      const declaration = await tx.findOne(DeclarationEntity, {
        where: { id: input.declarationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!declaration) throw new NotFoundException('declarationId：找不到该申报，或您无权查看');
      const resident = await tx.findOneByOrFail(ResidentEntity, { id: declaration.residentId });
      auditOwner(ctx, declaration, resident.name);
      ctx.assertCan(Permission.DECLARATION_REVIEW, declaration);
      const me = ctx.user?.id;
      await assertNotRecused(tx, declaration, resident);
      if (declaration.status !== DeclarationStatus.PENDING) {
        throw new ConflictException(`该申报${DECLARATION_STATUS_LABELS[declaration.status]}，不能再次审核`, [
          { field: 'declarationId', reasons: ['已审核'] },
        ]);
      }
      // The declaration's row first, then the village's scoring lock (the order every scoring write
      // keeps): the caps and the repeat count below read the other reviews of the village, so they are
      // read under the lock that the ledger append at the end also takes, and no parallel review of the
      // same item can come between the check and the write.
      await lockVillageScoring(tx, declaration.villageId);
      const reason = input.reason?.trim() || null;
      const amending = input.decision === ReviewDecision.AMEND;
      if (!amending && (input.amendedItemCode?.trim() || input.amendedQuantity != null)) {
        throw BadInputException.field('amendedItemCode', '修改事项或数量请选择「修正后通过」并写明理由');
      }
      const item = await tx.findOneByOrFail(ScoringListItemEntity, { id: declaration.scoringListItemId });
      if (input.decision === ReviewDecision.REJECT) {
        if (!reason) throw BadInputException.field('reason', '驳回必须填写理由');
        await this.decide(tx, declaration, ReviewDecision.REJECT, null, reason, null);
        await this.tell(
          tx,
          declaration,
          resident,
          NotificationKind.DECLARATION_REJECTED,
          '申报被驳回',
          `您 ${declaration.actedOn} 申报的「${item.name}」被驳回：${reason}`,
        );
        return { ...declaration, status: DeclarationStatus.REJECTED };
      }
      if (amending && !reason) throw BadInputException.field('reason', '修正必须填写理由');
      const scored = amending
        ? await resolveAmendment(tx, declaration, resident, item, input)
        : { item, quantity: declaration.quantity };
      const repeat = await this.isRepeat(tx, declaration, scored.item);
      const rule = approvedPoints(scored.item, scored.quantity, input.points, repeat);
      const { multiplier } = rule;
      const capped = await capApprovedPoints(tx, declaration, scored.item, rule.points);
      const points = capped.points;
      const actNotes = await actNotesOf(tx, declaration, resident, scored.item);
      const ruleNote = [...rule.notes, ...capped.notes, ...actNotes].join('；') || null;
      await this.decide(tx, declaration, input.decision, points, reason, amending ? scored : null);
      await this.ledger.append(
        tx,
        {
          villageId: declaration.villageId,
          residentId: declaration.residentId,
          track: scored.item.track,
          points,
          ...snapshotOfItem(scored.item),
          quantity: scored.quantity,
          repeatMultiplier: multiplier,
          actedOn: declaration.actedOn,
          expiresOn: expiryOf(scored.item, declaration.actedOn, points),
          declarationId: declaration.id,
          declaredBy: declaration.declaredBy,
          reviewedBy: me ?? null,
          reason,
          ruleNote,
        },
        `declaration:${declaration.id}`,
      );
      await awardMilestones(tx, this.ledger, declaration, scored, me ?? null);
      await scoreHouseholdMembers(tx, this.ledger, declaration, resident, scored, points, me ?? null);
      const kind = amending ? NotificationKind.DECLARATION_AMENDED : NotificationKind.DECLARATION_APPROVED;
      const [title, firstBody] = amending
        ? [
            '申报经修正后通过',
            `您 ${declaration.actedOn} 申报的「${describeClaim(item, declaration.quantity)}」经审核修正为` +
              `「${describeClaim(scored.item, scored.quantity)}」，记 ${points} 分：${reason}`,
          ]
        : ['申报已通过', `您 ${declaration.actedOn} 申报的「${item.name}」已通过，记 ${points} 分`];
      const body = ruleNote ? `${firstBody}（${ruleNote}）` : firstBody;
      await this.tell(tx, declaration, resident, kind, title, body);
      return { ...declaration, status: STATUS_AFTER[input.decision] };
    });
  }

  /**
   * A repeat of the same item by the same resident within the item's validity months is multiplied.
   * Amended declarations count under the item they were scored as.
   */
  private async isRepeat(
    tx: TenantTx,
    declaration: DeclarationEntity,
    item: ScoringListItemEntity,
  ): Promise<boolean> {
    if (!item.validityMonths || item.repeatMultiplier === 1) return false;
    // Items of one kind are repeats of each other (a catalogue's "同类行为"); without a kind, the item.
    const codes = item.kind
      ? (await tx.find(ScoringListItemEntity, { where: { listId: item.listId, kind: item.kind } })).map(
          (i) => i.code,
        )
      : [item.code];
    const [row] = (await tx.query(
      `SELECT count(*)::int AS n FROM declaration d
         LEFT JOIN declaration_review r ON r.declaration_id = d.id AND r.decision = 'AMEND'
        WHERE d.id <> $1 AND d.resident_id = $2 AND d.status IN ('APPROVED', 'AMENDED')
          AND coalesce(r.amended_item_code, d.item_code) = ANY($3::varchar[]) AND d.acted_on BETWEEN $4 AND $5`,
      [
        declaration.id,
        declaration.residentId,
        codes,
        addMonths(declaration.actedOn, -item.validityMonths),
        declaration.actedOn,
      ],
    )) as { n: number }[];
    return row.n > 0;
  }

  private async decide(
    tx: TenantTx,
    declaration: DeclarationEntity,
    decision: ReviewDecision,
    points: number | null,
    reason: string | null,
    amendment: { item: ScoringListItemEntity; quantity: number | null } | null,
  ): Promise<void> {
    const { ctx } = tx;
    await tx.insert(DeclarationReviewEntity, {
      id: randomUUID(),
      districtId: declaration.districtId,
      townId: declaration.townId,
      villageId: declaration.villageId,
      declarationId: declaration.id,
      reviewer: ctx.user?.id as string,
      decision,
      points,
      reason,
      amendedItemCode: amendment?.item.code ?? null,
      amendedQuantity: amendment?.quantity ?? null,
    });
    await tx.update(DeclarationEntity, { id: declaration.id }, { status: STATUS_AFTER[decision] });
  }

  private async tell(
    tx: TenantTx,
    declaration: DeclarationEntity,
    resident: ResidentEntity,
    kind: NotificationKind,
    title: string,
    body: string,
  ): Promise<void> {
    if (!resident.userId) return;
    await this.notifications.notify(tx, {
      kind,
      title,
      body,
      unit: declaration,
      recipients: [resident.userId],
      link: { entityType: 'DECLARATION', id: declaration.id },
    });
  }
}
