import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ItemDirection, ScoringListItemEntity } from '@village/rulebook';
import { ResidentEntity } from '@village/residents';
import { RequestContext, TenantDb, groupBy } from '@village/platform-tenancy';
import { DeclarationReviewEntity } from './declaration-review.entity';
import { DeclarationEventKind, ReviewDecision } from './declaration-enums';
import { claimedPoints } from './declaration-rules';
import { describeRule, isQuantified } from '@village/rulebook';
import { DeclarationEvidenceEntity } from './evidence/declaration-evidence.entity';
import type {
  DeclarationEvidenceType,
  DeclarationEventType,
  DeclarationItemType,
} from './dto/declaration-detail.type';
import type { DeclarationType } from './dto/declaration.type';

const EVENT_OF: Record<ReviewDecision, DeclarationEventKind> = {
  APPROVE: DeclarationEventKind.APPROVED,
  REJECT: DeclarationEventKind.REJECTED,
  AMEND: DeclarationEventKind.AMENDED,
};

/**
 * What a reviewer reads beside a declaration — the resident's name, the item's rule, the evidence and the
 * history — each relation loaded once per request for the whole page (RequestLoaders), under the
 * caller's row-level security: a page of 20 declarations costs a fixed handful of statements.
 */
@Injectable()
export class DeclarationDetailsService {
  constructor(private readonly db: TenantDb) {}

  async residentName(ctx: RequestContext, residentId: string): Promise<string | null> {
    const loader = ctx.loaders.of('declaration.residentName', (ids: readonly string[]) =>
      this.db.run(ctx, async (tx) => {
        const rows = await tx.find(ResidentEntity, {
          select: { id: true, name: true },
          where: { id: In([...ids]) },
        });
        return new Map(rows.map((r) => [r.id, r.name]));
      }),
    );
    return (await loader.load(residentId)) ?? null;
  }

  async item(ctx: RequestContext, scoringListItemId: string): Promise<DeclarationItemType | null> {
    const item = await this.listItem(ctx, scoringListItemId);
    if (!item) return null;
    const { code, name, direction, track, pointsMin, pointsMax, perUnitPoints, unitLabel, pointLevels } =
      item;
    return {
      code,
      name,
      direction,
      track,
      pointsMin,
      pointsMax,
      perUnitPoints,
      unitLabel,
      pointLevels,
      quantified: isQuantified(item),
      rule: describeRule(item),
      evidenceRequired: item.evidenceRequired,
    };
  }

  private listItem(
    ctx: RequestContext,
    scoringListItemId: string,
  ): Promise<ScoringListItemEntity | undefined> {
    const loader = ctx.loaders.of('declaration.item', (ids: readonly string[]) =>
      this.db.run(ctx, async (tx) => {
        const rows = await tx.find(ScoringListItemEntity, { where: { id: In([...ids]) } });
        return new Map(rows.map((r) => [r.id, r]));
      }),
    );
    return loader.load(scoringListItemId);
  }

  /**
   * The points the declaration asks for: per-unit items their units × points, fixed-value items that
   * value, signed by the item's direction; null where the reviewer chooses within a range.
   */
  async pointsAsked(ctx: RequestContext, declaration: DeclarationType): Promise<number | null> {
    const item = await this.listItem(ctx, declaration.scoringListItemId);
    if (!item) return null;
    if (!isQuantified(item) && item.pointsMin !== item.pointsMax) return null;
    const points = claimedPoints(item, declaration.quantity);
    return item.direction === ItemDirection.NEGATIVE ? -points : points;
  }

  async evidence(ctx: RequestContext, declarationId: string): Promise<DeclarationEvidenceType[]> {
    const loader = ctx.loaders.of('declaration.evidence', (ids: readonly string[]) =>
      this.db.run(ctx, async (tx) => {
        const rows = await tx.find(DeclarationEvidenceEntity, {
          where: { declarationId: In([...ids]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        return groupBy(rows, (r) => r.declarationId);
      }),
    );
    return ((await loader.load(declarationId)) ?? []).map((f) => ({
      id: f.id,
      fileName: f.fileName,
      contentType: f.contentType,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
    }));
  }

  /** Submission first, then the review (a declaration is decided once), with who and when. */
  async history(ctx: RequestContext, declaration: DeclarationType): Promise<DeclarationEventType[]> {
    const loader = ctx.loaders.of('declaration.reviews', (ids: readonly string[]) =>
      this.db.run(ctx, async (tx) => {
        const rows = await tx.find(DeclarationReviewEntity, {
          where: { declarationId: In([...ids]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        return groupBy(rows, (r) => r.declarationId);
      }),
    );
    const reviews = (await loader.load(declaration.id)) ?? [];
    const submitted: Omit<DeclarationEventType, 'byName'> = {
      kind: DeclarationEventKind.SUBMITTED,
      byUserId: declaration.declaredBy,
      at: declaration.createdAt,
      points: null,
      reason: null,
      amendedItemCode: null,
      amendedQuantity: null,
    };
    const events = [
      submitted,
      ...reviews.map((r) => ({
        kind: EVENT_OF[r.decision],
        byUserId: r.reviewer,
        at: r.createdAt,
        points: r.points,
        reason: r.reason,
        amendedItemCode: r.amendedItemCode,
        amendedQuantity: r.amendedQuantity,
      })),
    ];
    return Promise.all(events.map(async (e) => ({ ...e, byName: await this.userName(ctx, e.byUserId) })));
  }

  /** Display names of accounts; one the caller may not see (outside their scope) stays null. */
  private async userName(ctx: RequestContext, userId: string): Promise<string | null> {
    const loader = ctx.loaders.of('declaration.userName', (ids: readonly string[]) =>
      this.db.run(ctx, async (tx) => {
        const rows = (await tx.query(
          'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])',
          [[...ids]],
        )) as { id: string; name: string }[];
        return new Map(rows.map((r) => [r.id, r.name]));
      }),
    );
    return (await loader.load(userId)) ?? null;
  }
}
