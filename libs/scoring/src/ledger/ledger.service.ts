import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConflictException, NotFoundException, Permission, type Page } from '@village/platform-common';
import { ResidentEntity } from '@village/residents';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import type { ScoreTrack } from '@village/rulebook';
import { LedgerEntryKind } from './ledger-entry-kind.enum';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { lastLedgerEntry } from './ledger-head';
import { entryHash, GENESIS_HASH, payloadHash, verifyChain, type ChainCheck } from './ledger-hash';
import { itemSnapshotOf, type ItemSnapshot } from './item-snapshot';
import { lockVillageScoring } from './village-scoring-lock';

type ActRuleSnapshot = 'recordLevel' | 'judgementGrade' | 'judgementStars';

/** What a caller (review, correction) asks the ledger to record; act-rule facts default to none. */
export interface NewLedgerEntry
  extends Omit<ItemSnapshot, ActRuleSnapshot>, Partial<Pick<ItemSnapshot, ActRuleSnapshot>> {
  villageId: string;
  residentId: string;
  track: ScoreTrack;
  points: number;
  quantity?: number | null;
  repeatMultiplier?: number;
  actedOn: string;
  expiresOn?: string | null;
  declarationId?: string | null;
  declaredBy?: string | null;
  reviewedBy?: string | null;
  reason?: string | null;
  /** How the item's rule produced the points (band, rounding, cap clamped …), in plain Chinese. */
  ruleNote?: string | null;
}

/**
 * Appends to a village's ledger. Writes run inside the caller's transaction (so an approval and its
 * entry commit together), serialised per village by the village's scoring lock so the hash chain has one
 * order (callers that check caps take it before their checks; see village-scoring-lock.ts).
 * The app role can only INSERT and SELECT here; triggers refuse UPDATE, DELETE and TRUNCATE.
 */
@Injectable()
export class LedgerService {
  constructor(private readonly db: TenantDb) {}

  /** A retry with the same key and payload returns the first row; the same key with another payload is refused. */
  async append(tx: TenantTx, entry: NewLedgerEntry, idempotencyKey: string): Promise<LedgerEntryEntity> {
    return this.write(tx, LedgerEntryKind.NORMAL, entry, idempotencyKey, null);
  }

  /** Cancels an entry with a reasoned, attributed reversal; an entry is reversed at most once. */
  async reverse(
    tx: TenantTx,
    entryId: string,
    reason: string,
    idempotencyKey: string,
  ): Promise<LedgerEntryEntity> {
    const original = await tx.findOne(LedgerEntryEntity, { where: { id: entryId } });
    if (!original || original.kind !== LedgerEntryKind.NORMAL) {
      throw new NotFoundException('entryId：找不到可冲正的台账记录，或您无权查看');
    }
    const already = await tx.findOne(LedgerEntryEntity, {
      where: { reversesEntryId: original.id, kind: LedgerEntryKind.REVERSAL },
    });
    if (already && already.idempotencyKey !== idempotencyKey) {
      throw new ConflictException('该台账记录已被冲正，不能重复冲正', [
        { field: 'entryId', reasons: ['已被冲正'] },
      ]);
    }
    const entry: NewLedgerEntry = {
      villageId: original.villageId,
      residentId: original.residentId,
      track: original.track,
      points: -original.points,
      ...itemSnapshotOf(original),
      quantity: original.quantity,
      repeatMultiplier: original.repeatMultiplier,
      actedOn: original.actedOn,
      expiresOn: original.expiresOn,
      declarationId: original.declarationId,
      reason,
      ruleNote: original.ruleNote,
    };
    return this.write(tx, LedgerEntryKind.REVERSAL, entry, idempotencyKey, original.id);
  }

  /** Recomputes a village's hash chain from its rows (for auditors and the published tallies). */
  checkChain(ctx: RequestContext, villageId: string): Promise<ChainCheck> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      const rows = await tx.find(LedgerEntryEntity, { where: { villageId }, order: { seq: 'ASC' } });
      return verifyChain(rows);
    });
  }

  /**
   * A resident's entries, newest first: cadres with RESIDENT_READ over the resident's village, or the
   * resident themself through their linked login. Anyone else is told the resident does not exist.
   */
  entriesOf(
    ctx: RequestContext,
    filter: { residentId: string; from?: string; to?: string; limit: number; offset: number },
  ): Promise<Page<LedgerEntryEntity>> {
    return this.db.run(ctx, async (tx) => {
      const resident = await tx.findOne(ResidentEntity, { where: { id: filter.residentId } });
      const own = resident !== null && ctx.user !== null && resident.userId === ctx.user.id;
      if (!resident || (!own && !ctx.can(Permission.RESIDENT_READ, resident))) {
        throw new NotFoundException('residentId：找不到该村民，或您无权查看');
      }
      const query = tx
        .createQueryBuilder(LedgerEntryEntity, 'e')
        .where('e.residentId = :residentId', { residentId: resident.id })
        .orderBy('e.actedOn', 'DESC')
        .addOrderBy('e.seq', 'DESC')
        .take(filter.limit)
        .skip(filter.offset);
      if (filter.from) query.andWhere('e.actedOn >= :from', { from: filter.from });
      if (filter.to) query.andWhere('e.actedOn <= :to', { to: filter.to });
      const [items, total] = await query.getManyAndCount();
      return { items, total };
    });
  }

  private async write(
    tx: TenantTx,
    kind: LedgerEntryKind,
    entry: NewLedgerEntry,
    idempotencyKey: string,
    reversesEntryId: string | null,
  ): Promise<LedgerEntryEntity> {
    const { ctx } = tx;
    const village = await requireVisibleVillage(tx, entry.villageId);
    await lockVillageScoring(tx, village.id);
    const payload = payloadHash({ kind, reversesEntryId, ...entry });
    const existing = await tx.findOne(LedgerEntryEntity, {
      where: { villageId: village.id, idempotencyKey },
    });
    if (existing) {
      if (existing.payloadHash === payload) return existing;
      throw new ConflictException(`幂等键 ${idempotencyKey} 已用于另一笔不同的登记`, [
        { field: 'idempotencyKey', reasons: ['已用于另一笔不同的登记'] },
      ]);
    }
    const head = await lastLedgerEntry(tx, village.id);
    const last = head ? { seq: Number(head.seq), entryHash: head.entry_hash } : null;
    const row = {
      id: randomUUID(),
      seq: (last?.seq ?? 0) + 1,
      kind,
      ...villageTenant(village),
      residentId: entry.residentId,
      track: entry.track,
      points: entry.points,
      ...itemSnapshotOf(entry),
      quantity: entry.quantity ?? null,
      repeatMultiplier: entry.repeatMultiplier ?? 1,
      actedOn: entry.actedOn,
      expiresOn: entry.expiresOn ?? null,
      declarationId: entry.declarationId ?? null,
      declaredBy: entry.declaredBy ?? null,
      reviewedBy: entry.reviewedBy ?? null,
      reversesEntryId,
      reason: entry.reason ?? null,
      ruleNote: entry.ruleNote ?? null,
      idempotencyKey,
      payloadHash: payload,
      prevHash: last?.entryHash ?? GENESIS_HASH,
      createdBy: ctx.user?.id ?? null,
    };
    const entryHashValue = entryHash(row.prevHash, row);
    await tx.insert(LedgerEntryEntity, { ...row, entryHash: entryHashValue });
    return tx.findOneByOrFail(LedgerEntryEntity, { id: row.id });
  }
}
