import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  isCivilDate,
  Permission,
  Role,
  todayInChina,
  type Page,
} from '@village/platform-common';
import { ownResident, RESIDENT_STATUS_LABELS, ResidentEntity, ResidentStatus } from '@village/residents';
import {
  RequestContext,
  TenantDb,
  auditOwner,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import { villageRulebook, type BeneficiaryRelation } from '@village/rulebook';
import { assertHouseholdOncePerQuarter, assertOneItemPerAct } from './act-checks';
import { beneficiaryNote, resolveScoredPerson } from './beneficiary';
import { payloadHash } from '../ledger/ledger-hash';
import { lockVillageScoring } from '../ledger/village-scoring-lock';
import { LATE_ENTRY_DAYS } from '../periods/late-entry';
import { assertEntryAccepted } from '../periods/scoring-period.service';
import {
  assertCaps,
  assertChannelRules,
  assertItemApplies,
  checkQuantity,
  requireListItem,
} from './declaration-checks';
import { DeclarationEntity } from './declaration.entity';
import { DeclarationChannel, DeclarationStatus } from './declaration-enums';
import { DeclarationEvidenceEntity } from './evidence/declaration-evidence.entity';
import { readEvidence, type EvidenceFile, type EvidenceUpload } from './evidence/evidence-file';
import { EvidenceStorage } from './evidence/evidence-storage';

export interface DeclareActCommand {
  itemCode: string;
  actedOn: string;
  quantity?: number | null;
  note?: string | null;
  idempotencyKey: string;
  evidence?: EvidenceUpload[] | null;
  /** A relative the act scores instead of the actor (the item must allow it). */
  beneficiaryResidentId?: string | null;
  beneficiaryRelation?: BeneficiaryRelation | null;
}

export interface DeclarationFilter {
  villageId: string;
  status?: DeclarationStatus | null;
  residentId?: string | null;
  limit: number;
  offset: number;
}

/**
 * Declarations (村民自主申报) and registrations by cadres (代为登记). Every check runs in one transaction,
 * under the village's scoring lock (the one reviews and the ledger take), so caps and idempotency keys
 * cannot be raced past.
 */
@Injectable()
export class DeclarationService {
  constructor(
    private readonly db: TenantDb,
    private readonly storage: EvidenceStorage,
    private readonly notifications: NotificationService,
  ) {}

  /** A resident declares their own act (the resident linked to the caller's login). */
  declare(ctx: RequestContext, input: DeclareActCommand): Promise<DeclarationEntity> {
    return this.db.run(ctx, async (tx) => {
      const resident = await ownResident(tx);
      if (!resident) throw new ForbiddenException('您的账号未关联村民档案，不能申报');
      return this.create(tx, resident, DeclarationChannel.SELF, input);
    });
  }

  /** A cadre registers an act (negative ones included) for a resident in their scope. */
  register(ctx: RequestContext, residentId: string, input: DeclareActCommand): Promise<DeclarationEntity> {
    return this.db.run(ctx, async (tx) => {
      const resident = await tx.findOne(ResidentEntity, { where: { id: residentId } });
      if (!resident) throw new NotFoundException('residentId：找不到该村民，或您无权查看');
      ctx.assertCan(Permission.DECLARATION_REGISTER, resident);
      return this.create(tx, resident, DeclarationChannel.REGISTERED, input);
    });
  }

  list(ctx: RequestContext, filter: DeclarationFilter): Promise<Page<DeclarationEntity>> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, filter.villageId);
      if (
        !ctx.can(Permission.DECLARATION_REVIEW, village) &&
        !ctx.can(Permission.DECLARATION_REGISTER, village)
      ) {
        throw new ForbiddenException(`无权查看${village.name}的积分申报`);
      }
      const where: Record<string, unknown> = { villageId: village.id };
      if (filter.status) where.status = filter.status;
      if (filter.residentId) where.residentId = filter.residentId;
      const [items, total] = await tx.findAndCount(DeclarationEntity, {
        where,
        order: { createdAt: 'DESC', id: 'ASC' },
        take: filter.limit,
        skip: filter.offset,
      });
      return { items, total };
    });
  }

  /** Declarations about the resident linked to the caller's login (empty without one). */
  mine(ctx: RequestContext, limit: number, offset: number): Promise<Page<DeclarationEntity>> {
    return this.db.run(ctx, async (tx) => {
      const resident = await ownResident(tx);
      if (!resident) return { items: [], total: 0 };
      const [items, total] = await tx.findAndCount(DeclarationEntity, {
        where: [{ residentId: resident.id }, { actorResidentId: resident.id }],
        order: { createdAt: 'DESC', id: 'ASC' },
        take: limit,
        skip: offset,
      });
      return { items, total };
    });
  }

  private async create(
    tx: TenantTx,
    resident: ResidentEntity,
    channel: DeclarationChannel,
    input: DeclareActCommand,
  ): Promise<DeclarationEntity> {
    const { ctx } = tx;
    auditOwner(ctx, resident, resident.name);
    const key = input.idempotencyKey.trim();
    if (!key) throw BadInputException.field('idempotencyKey', '不能为空');
    // The lock reviews take too: an amendment moves a claim onto another item's caps, a rejection frees
    // one, so the caps counted below must not change until this declaration is written.
    await lockVillageScoring(tx, resident.villageId);
    const note = input.note?.trim() ?? '';
    const files = readEvidence(input.evidence);
    const payload = payloadHash({
      evidence: files.map((f) => [f.contentType, f.sha256]),
      channel,
      residentId: resident.id,
      itemCode: input.itemCode,
      actedOn: input.actedOn,
      quantity: input.quantity ?? null,
      note,
      beneficiaryResidentId: input.beneficiaryResidentId ?? null,
      beneficiaryRelation: input.beneficiaryRelation ?? null,
    });
    // A retry returns the first result before any check runs (a cap would otherwise count the first one).
    const existing = await tx.findOne(DeclarationEntity, {
      where: { villageId: resident.villageId, idempotencyKey: key },
    });
    if (existing) {
      if (existing.payloadHash === payload) return existing;
      throw new ConflictException(`幂等键 ${key} 已用于另一笔不同的申报`, [
        { field: 'idempotencyKey', reasons: ['已用于另一笔不同的申报'] },
      ]);
    }
    if (resident.status !== ResidentStatus.ACTIVE) {
      throw BadInputException.field(
        'residentId',
        `${resident.name}当前为「${RESIDENT_STATUS_LABELS[resident.status]}」，不参与积分`,
      );
    }
    // The town manual of the act's year says how late an act may be entered.
    const rulebook = isCivilDate(input.actedOn)
      ? await villageRulebook(tx, resident.villageId, Number(input.actedOn.slice(0, 4)))
      : null;
    await assertEntryAccepted(
      tx,
      resident.villageId,
      input.actedOn,
      todayInChina(),
      rulebook?.manual.lateEntryDays ?? LATE_ENTRY_DAYS,
      'actedOn',
    );
    const item = await requireListItem(tx, resident.villageId, input.itemCode, input.actedOn);
    await assertChannelRules(tx, resident, item, channel);
    // From here on, the person the act scores: the actor, or the relative the declaration names.
    const scored = await resolveScoredPerson(tx, resident, item, input);
    const person = scored.resident;
    await assertItemApplies(tx, person, item, input.actedOn);
    const quantity = checkQuantity(item, input.quantity);
    await assertCaps(tx, person, item, input.actedOn, quantity);
    await assertOneItemPerAct(tx, person, item, input.actedOn);
    await assertHouseholdOncePerQuarter(tx, person, item, input.actedOn);
    if (item.evidenceRequired && files.length === 0) {
      throw BadInputException.field(
        'evidence',
        `事项 ${item.code}「${item.name}」须提交佐证材料（照片或 PDF）`,
      );
    }
    const id = randomUUID();
    await tx.insert(DeclarationEntity, {
      id,
      districtId: resident.districtId,
      townId: resident.townId,
      villageId: resident.villageId,
      residentId: person.id,
      actorResidentId: scored.actor?.resident.id ?? null,
      beneficiaryRelation: scored.actor?.relation ?? null,
      declaredBy: ctx.user?.id as string,
      channel,
      scoringListItemId: item.id,
      itemCode: item.code,
      actedOn: input.actedOn,
      quantity,
      note,
      idempotencyKey: key,
      payloadHash: payload,
      status: DeclarationStatus.PENDING,
    });
    await this.storeEvidence(tx, person, id, files);
    // The reviewers learn of it with the declaration itself (same transaction), except those recused.
    const channelLabel = channel === DeclarationChannel.SELF ? '申报' : '登记';
    await this.notifications.notifyUnitRoles(
      tx,
      resident.villageId,
      [Role.CREDIT_COUNCIL, Role.SCORER],
      {
        kind: NotificationKind.DECLARATION_PENDING,
        title: '新申报待审核',
        body:
          `${person.name} ${input.actedOn}「${item.name}」已${channelLabel}，请审核` +
          (scored.actor
            ? `（${beneficiaryNote(resident.name, person.name, scored.actor.relation, scored.actor.checked)}）`
            : ''),
        unit: person,
        link: { entityType: 'DECLARATION', id },
      },
      { except: [ctx.user?.id, resident.userId, person.userId].filter((u): u is string => !!u) },
    );
    return tx.findOneByOrFail(DeclarationEntity, { id });
  }

  private async storeEvidence(
    tx: TenantTx,
    resident: ResidentEntity,
    declarationId: string,
    files: EvidenceFile[],
  ): Promise<void> {
    for (const file of files) {
      const storageKey = `${resident.villageId}/${file.sha256}`;
      // Written before the commit, so a committed row never points at a missing file; a file this
      // transaction created goes again if the transaction rolls back and nothing else refers to it.
      const { created } = await this.storage.put(storageKey, file.bytes);
      if (created) tx.afterRollback(() => this.sweep(tx.ctx, storageKey));
      await tx.insert(DeclarationEvidenceEntity, {
        id: randomUUID(),
        districtId: resident.districtId,
        townId: resident.townId,
        villageId: resident.villageId,
        declarationId,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.bytes.length,
        sha256: file.sha256,
        storageKey,
      });
    }
  }

  /** Removes a file no committed evidence row refers to (same bytes may have come in meanwhile). */
  private async sweep(ctx: RequestContext, storageKey: string): Promise<void> {
    const referenced = await this.db.run(ctx, (tx) =>
      tx.exists(DeclarationEvidenceEntity, { where: { storageKey } }),
    );
    if (!referenced) await this.storage.remove(storageKey);
  }
}
