import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Between, Not } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Permission,
} from '@village/platform-common';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import { ResidentEntity } from '@village/residents';
import { RequestContext, TenantDb } from '@village/platform-tenancy';
import { auditOwner } from '../common/rulebook-guards';
import { LedgerService } from '../ledger/ledger.service';
import { ScoringListItemEntity } from '../village-list/scoring-list-item.entity';
import { DeclarationReviewEntity } from './declaration-review.entity';
import { DeclarationEntity } from './declaration.entity';
import { DeclarationStatus, ReviewDecision } from './declaration-enums';
import { assertApprovedWithinCaps } from './declaration-checks';
import { addMonths, approvedPoints } from './declaration-rules';

export interface ReviewCommand {
  declarationId: string;
  decision: ReviewDecision;
  points?: number | null;
  reason?: string | null;
}

const STATUS_LABELS: Record<DeclarationStatus, string> = {
  PENDING: '待审核',
  APPROVED: '通过',
  REJECTED: '驳回',
};

/**
 * Review by the credit council or the scoring team. An approval writes its ledger entry and the
 * resident's notification in the same transaction as the decision, so none exists without the others.
 */
@Injectable()
export class DeclarationReviewService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationService,
  ) {}

  review(ctx: RequestContext, input: ReviewCommand): Promise<DeclarationEntity> {
    return this.db.run(ctx, async (em) => {
      const declaration = await em.findOne(DeclarationEntity, {
        where: { id: input.declarationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!declaration) throw new NotFoundException('declarationId：找不到该申报，或您无权查看');
      const resident = await em.findOneByOrFail(ResidentEntity, { id: declaration.residentId });
      auditOwner(ctx, declaration, resident.name);
      ctx.assertCan(Permission.DECLARATION_REVIEW, declaration);
      const me = ctx.user?.id;
      if (declaration.declaredBy === me || resident.userId === me) {
        throw new ForbiddenException('不能审核本人提交或与本人有关的申报（审核回避）');
      }
      if (declaration.status !== DeclarationStatus.PENDING) {
        throw new ConflictException(`该申报已${STATUS_LABELS[declaration.status]}，不能再次审核`, [
          { field: 'declarationId', reasons: ['已审核'] },
        ]);
      }
      const reason = input.reason?.trim() || null;
      const item = await em.findOneByOrFail(ScoringListItemEntity, { id: declaration.scoringListItemId });
      if (input.decision === ReviewDecision.REJECT) {
        if (!reason) throw BadInputException.field('reason', '驳回必须填写理由');
        await this.decide(ctx, em, declaration, ReviewDecision.REJECT, null, reason);
        await this.tell(
          ctx,
          em,
          declaration,
          resident,
          NotificationKind.DECLARATION_REJECTED,
          '申报被驳回',
          `您 ${declaration.actedOn} 申报的「${item.name}」被驳回：${reason}`,
        );
        return { ...declaration, status: DeclarationStatus.REJECTED };
      }
      const repeat = await this.isRepeat(em, declaration, item);
      const { points, multiplier } = approvedPoints(item, declaration.quantity, input.points, repeat);
      await assertApprovedWithinCaps(em, declaration, item, points);
      await this.decide(ctx, em, declaration, ReviewDecision.APPROVE, points, reason);
      await this.ledger.append(
        em,
        ctx,
        {
          villageId: declaration.villageId,
          residentId: declaration.residentId,
          track: item.track,
          points,
          itemCode: item.code,
          itemName: item.name,
          itemPointsMin: item.pointsMin,
          itemPointsMax: item.pointsMax,
          quantity: declaration.quantity,
          repeatMultiplier: multiplier,
          actedOn: declaration.actedOn,
          expiresOn: item.validityMonths ? addMonths(declaration.actedOn, item.validityMonths) : null,
          declarationId: declaration.id,
          declaredBy: declaration.declaredBy,
          reviewedBy: me ?? null,
          reason,
        },
        `declaration:${declaration.id}`,
      );
      await this.tell(
        ctx,
        em,
        declaration,
        resident,
        NotificationKind.DECLARATION_APPROVED,
        '申报已通过',
        `您 ${declaration.actedOn} 申报的「${item.name}」已通过，记 ${points} 分`,
      );
      return { ...declaration, status: DeclarationStatus.APPROVED };
    });
  }

  /** A repeat of the same item by the same resident within the item's validity months is multiplied. */
  private async isRepeat(
    em: EntityManager,
    declaration: DeclarationEntity,
    item: ScoringListItemEntity,
  ): Promise<boolean> {
    if (!item.validityMonths || item.repeatMultiplier === 1) return false;
    const earlier = await em.count(DeclarationEntity, {
      where: {
        id: Not(declaration.id),
        residentId: declaration.residentId,
        itemCode: item.code,
        status: DeclarationStatus.APPROVED,
        actedOn: Between(addMonths(declaration.actedOn, -item.validityMonths), declaration.actedOn),
      },
    });
    return earlier > 0;
  }

  private async decide(
    ctx: RequestContext,
    em: EntityManager,
    declaration: DeclarationEntity,
    decision: ReviewDecision,
    points: number | null,
    reason: string | null,
  ): Promise<void> {
    await em.insert(DeclarationReviewEntity, {
      id: randomUUID(),
      districtId: declaration.districtId,
      townId: declaration.townId,
      villageId: declaration.villageId,
      declarationId: declaration.id,
      reviewer: ctx.user?.id as string,
      decision,
      points,
      reason,
    });
    const status =
      decision === ReviewDecision.APPROVE ? DeclarationStatus.APPROVED : DeclarationStatus.REJECTED;
    await em.update(DeclarationEntity, { id: declaration.id }, { status });
  }

  private async tell(
    ctx: RequestContext,
    em: EntityManager,
    declaration: DeclarationEntity,
    resident: ResidentEntity,
    kind: NotificationKind,
    title: string,
    body: string,
  ): Promise<void> {
    if (!resident.userId) return;
    await this.notifications.notify(em, ctx, {
      kind,
      title,
      body,
      unit: declaration,
      recipients: [resident.userId],
      link: { entityType: 'DECLARATION', id: declaration.id },
    });
  }
}
