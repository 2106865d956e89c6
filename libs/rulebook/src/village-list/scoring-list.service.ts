import { ruleYear } from '../common/rule-year';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  Permission,
  notFound,
} from '@village/platform-common';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  auditOwner,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { pickItemFields, type ItemFields } from '../common/item-columns';
import { ScoringListStatus } from '../common/item-enums';
import { publishedError, uniqueCode } from '../common/rulebook-guards';
import { EvaluationItemEntity } from '../framework/evaluation-item.entity';
import { ManualAdjustmentEntity } from '../manual/manual-adjustment.entity';
import { currentManual, effectiveList } from '../reading/effective-rules';
import { TownItemEntity } from '../manual/town-item.entity';
import { TownManualEntity } from '../manual/town-manual.entity';
import { adoptionVoteProblems, type AdoptionVote } from '../rules/adoption-quorum';
import { itemsNeedingApproval, mergeEffectiveItems } from '../rules/effective-items';
import { assertItem } from '../rules/item-rules';
import { ScoringListItemEntity } from './scoring-list-item.entity';
import { ScoringListEntity } from './scoring-list.entity';
import { VillageItemEntity } from './village-item.entity';
import { requireDraft, type DraftKind } from '../common/require-draft';
import { FrameworkEntity } from '../framework/framework.entity';
import { itemSanityProblems } from '../rules/item-sanity';
import { ExceptionApprover } from '../rules/village-limits';
import { assertAdoptionMeeting, type AdoptionMeeting } from './adoption-checks';

export interface ScoringListView {
  list: ScoringListEntity;
  villageItems: VillageItemEntity[];
  needingApproval: ReadonlySet<string>;
  items: ScoringListItemEntity[];
}

const listLabel = (l: ScoringListEntity) => `村积分评价清单（第 ${l.version} 版）`;

/**
 * The village tier: scoring lists built from the town's current manual plus the village's own items,
 * effective once the villager representative assembly adopts them. Adoption freezes the effective
 * items, so later framework or manual versions never change what a village scored by.
 */
const LIST_DRAFT: DraftKind<ScoringListEntity> = {
  entity: ScoringListEntity,
  field: 'listId',
  what: '村积分评价清单',
  permission: Permission.SCORING_LIST_MANAGE,
  label: listLabel,
};

@Injectable()
export class ScoringListService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: RequestContext, villageId: string): Promise<ScoringListView[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      const lists = await tx.find(ScoringListEntity, { where: { villageId }, order: { version: 'DESC' } });
      const views: ScoringListView[] = [];
      for (const list of lists) views.push(await this.view(tx, list));
      return views;
    });
  }

  /** The effective list of a year: its latest adopted version (earlier ones stay as history). */
  effective(ctx: RequestContext, villageId: string, year?: number | null): Promise<ScoringListView | null> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      const list = await effectiveList(tx, villageId, ruleYear(year));
      return list ? this.view(tx, list) : null;
    });
  }

  /**
   * For other libs (the ledger): the item a village currently scores `code` by, with the values frozen
   * at adoption. NOT_FOUND when the village has no adopted list or the list has no such item.
   */
  effectiveItem(
    ctx: RequestContext,
    villageId: string,
    code: string,
    year?: number | null,
  ): Promise<ScoringListItemEntity> {
    return this.db.run(ctx, async (tx) => {
      const list = await effectiveList(tx, villageId, ruleYear(year));
      if (!list) throw notFound('villageId', '已通过的村积分评价清单');
      const item = await tx.findOne(ScoringListItemEntity, { where: { listId: list.id, code } });
      if (!item) throw notFound('code', `编码为 ${code} 的生效事项`);
      return item;
    });
  }

  create(ctx: RequestContext, villageId: string, year?: number | null) {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.SCORING_LIST_MANAGE, village);
      const listYear = ruleYear(year);
      const manual = await currentManual(tx, village.townId as string, listYear);
      if (!manual) {
        throw BadInputException.field(
          'villageId',
          `所在镇尚未发布 ${listYear} 年度的操作手册，不能编制该年度积分评价清单`,
        );
      }
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`scoring_list:${village.id}`]);
      const previous = await tx.findOne(ScoringListEntity, {
        where: { villageId },
        order: { version: 'DESC' },
      });
      const list: Partial<ScoringListEntity> = {
        id: randomUUID(),
        ...villageTenant(village),
        version: (previous?.version ?? 0) + 1,
        status: ScoringListStatus.DRAFT,
        manualId: manual.id,
        createdBy: ctx.user?.id ?? null,
      };
      await tx.insert(ScoringListEntity, list);
      // Amendments start from the previous version's village items, approvals included.
      const carried = previous
        ? await tx.find(VillageItemEntity, {
            where: { listId: previous.id, withdrawn: false },
            order: { position: 'ASC' },
          })
        : [];
      if (carried.length) {
        await tx.insert(
          VillageItemEntity,
          carried.map((i, position) => ({
            id: randomUUID(),
            listId: list.id,
            ...villageTenant(village),
            ...pickItemFields(i),
            position,
            approvedAt: i.approvedAt,
            approvedBy: i.approvedBy,
          })),
        );
      }
      return this.load(tx, list.id as string);
    });
  }

  addVillageItem(ctx: RequestContext, listId: string, fields: ItemFields) {
    return this.db.run(ctx, async (tx) => {
      const list = await requireDraft(tx, LIST_DRAFT, listId);
      assertItem(fields);
      await this.refuseUpperCode(tx, list, fields.code);
      const position = await tx.count(VillageItemEntity, { where: { listId } });
      await uniqueCode(fields.code, () =>
        tx.insert(VillageItemEntity, {
          id: randomUUID(),
          listId,
          districtId: list.districtId,
          townId: list.townId,
          villageId: list.villageId,
          ...pickItemFields(fields),
          position,
        }),
      );
      return this.load(tx, listId);
    });
  }

  updateVillageItem(ctx: RequestContext, itemId: string, fields: ItemFields) {
    return this.db.run(ctx, async (tx) => {
      const item = await this.requireItem(tx, itemId);
      const list = await requireDraft(tx, LIST_DRAFT, item.listId);
      assertItem(fields);
      await this.refuseUpperCode(tx, list, fields.code);
      // The town approved the old content, not the new one.
      await uniqueCode(fields.code, () =>
        tx.update(
          VillageItemEntity,
          { id: itemId },
          { ...pickItemFields(fields), approvedAt: null, approvedBy: null },
        ),
      );
      return this.load(tx, item.listId);
    });
  }

  withdrawVillageItem(ctx: RequestContext, itemId: string) {
    return this.db.run(ctx, async (tx) => {
      const item = await this.requireItem(tx, itemId);
      await requireDraft(tx, LIST_DRAFT, item.listId);
      await tx.update(VillageItemEntity, { id: itemId }, { withdrawn: true });
      return this.load(tx, item.listId);
    });
  }

  /** The town (or, where the district's framework says so, only the district) admits an item beyond the caps. */
  approveVillageItem(ctx: RequestContext, itemId: string) {
    return this.db.run(ctx, async (tx) => {
      const item = await this.requireItem(tx, itemId);
      const list = await tx.findOneByOrFail(ScoringListEntity, { id: item.listId });
      auditOwner(ctx, item, listLabel(list));
      ctx.assertCan(Permission.SCORING_LIST_APPROVE, item);
      await assertApprovalTier(tx, list, item);
      if (list.status !== ScoringListStatus.DRAFT) throw publishedError(listLabel(list));
      if (item.withdrawn) throw BadInputException.field('itemId', '该事项已撤回，无需审批');
      // The town admits an item past the caps, never one that breaks the rules of every item.
      const insane = itemSanityProblems([item], 'villageItems');
      if (insane.length) throw new BadInputException(insane);
      await tx.update(
        VillageItemEntity,
        { id: itemId },
        { approvedAt: new Date(), approvedBy: ctx.requireUser().id },
      );
      return this.load(tx, item.listId);
    });
  }

  adopt(ctx: RequestContext, listId: string, vote: AdoptionVote & AdoptionMeeting) {
    return this.db.run(ctx, async (tx) => {
      const list = await requireDraft(tx, LIST_DRAFT, listId);
      const problems = adoptionVoteProblems(vote);
      if (problems.length) {
        throw new BadInputException(
          problems,
          `表决结果不符合《村民委员会组织法》第二十六条（到会须达在任代表三分之二以上、赞成须超过到会人数一半），清单未通过：${problems
            .map((p) => p.reasons.join('；'))
            .join('；')}`,
        );
      }
      const manual = await tx.findOneByOrFail(TownManualEntity, { id: list.manualId });
      const { year } = await tx.findOneByOrFail(FrameworkEntity, { id: manual.frameworkId });
      await assertAdoptionMeeting(tx, list, year, vote);
      const villageItems = await tx.find(VillageItemEntity, {
        where: { listId },
        order: { position: 'ASC' },
      });
      const insane = itemSanityProblems(
        villageItems.filter((i) => !i.withdrawn),
        'villageItems',
      );
      if (insane.length) throw new BadInputException(insane);
      const needing = itemsNeedingApproval(villageItems, manual);
      const unapproved = villageItems.filter((i) => needing.has(i.id) && !i.approvedAt);
      if (unapproved.length) {
        throw new BadInputException(
          unapproved.map((i) => ({
            field: `villageItems.${i.code}`,
            reasons: [
              `村自定事项「${i.code} ${i.name}」超出镇操作手册限额（每类至多 ${manual.villageMaxPositiveItems}/${manual.villageMaxNegativeItems} 项、单项至多 ${manual.villageMaxItemPoints} 分），须经镇审批`,
            ],
          })),
        );
      }
      const frameworkItems = await tx.find(EvaluationItemEntity, {
        where: { frameworkId: manual.frameworkId },
        order: { position: 'ASC' },
      });
      const adjustments = await tx.find(ManualAdjustmentEntity, { where: { manualId: manual.id } });
      const townItems = await tx.find(TownItemEntity, {
        where: { manualId: manual.id },
        order: { position: 'ASC' },
      });
      const effective = mergeEffectiveItems(frameworkItems, adjustments, townItems, villageItems);
      const tenant = { districtId: list.districtId, townId: list.townId, villageId: list.villageId };
      await tx.insert(
        ScoringListItemEntity,
        effective.map((item, position) => ({
          id: randomUUID(),
          listId,
          ...tenant,
          ...pickItemFields(item),
          source: item.source,
          sourceItemId: item.sourceItemId,
          position,
        })),
      );
      await tx.update(VillageItemEntity, { listId }, { published: true });
      await tx.update(
        ScoringListEntity,
        { id: listId },
        {
          status: ScoringListStatus.ADOPTED,
          meetingDate: vote.meetingDate,
          representativesInOffice: vote.representativesInOffice,
          representativesCountReason: vote.representativesCountReason?.trim() || null,
          present: vote.present,
          votesFor: vote.votesFor,
          votesAgainst: vote.votesAgainst,
          abstaining: vote.abstaining,
          adoptedAt: new Date(),
          adoptedBy: ctx.requireUser().id,
        },
      );
      return this.load(tx, listId);
    });
  }

  private async refuseUpperCode(tx: TenantTx, list: ScoringListEntity, code: string) {
    const manual = await tx.findOneByOrFail(TownManualEntity, { id: list.manualId });
    const clash =
      (await tx.count(EvaluationItemEntity, { where: { frameworkId: manual.frameworkId, code } })) +
      (await tx.count(TownItemEntity, { where: { manualId: manual.id, code } }));
    if (clash) {
      throw new ConflictException(`编码 ${code} 已被区框架或镇手册事项使用`, [
        { field: 'item.code', reasons: ['与上级事项编码重复'] },
      ]);
    }
  }

  private async load(tx: TenantTx, id: string): Promise<ScoringListView> {
    // Locked: an edit and a concurrent publish of the same version must not interleave.
    const list = await tx.findOne(ScoringListEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!list) throw notFound('listId', '村积分评价清单');
    return this.view(tx, list);
  }

  private async view(tx: TenantTx, list: ScoringListEntity): Promise<ScoringListView> {
    const manual = await tx.findOneByOrFail(TownManualEntity, { id: list.manualId });
    const villageItems = await tx.find(VillageItemEntity, {
      where: { listId: list.id },
      order: { position: 'ASC' },
    });
    const items = await tx.find(ScoringListItemEntity, {
      where: { listId: list.id },
      order: { position: 'ASC' },
    });
    return { list, villageItems, needingApproval: itemsNeedingApproval(villageItems, manual), items };
  }

  private async requireItem(tx: TenantTx, id: string): Promise<VillageItemEntity> {
    const item = await tx.findOne(VillageItemEntity, { where: { id } });
    if (!item) throw notFound('itemId', '村自定事项');
    return item;
  }
}

/**
 * The framework names who admits a village's item beyond its manual's limits: by default the town (a
 * district cadre, above it, may too); where it says DISTRICT, a town cadre is refused and told so.
 */
async function assertApprovalTier(
  tx: TenantTx,
  list: ScoringListEntity,
  item: VillageItemEntity,
): Promise<void> {
  const manual = await tx.findOneByOrFail(TownManualEntity, { id: list.manualId });
  const framework = await tx.findOneByOrFail(FrameworkEntity, { id: manual.frameworkId });
  if (framework.rules.villageExceptionApprover !== ExceptionApprover.DISTRICT) return;
  const district = { districtId: item.districtId, townId: null, villageId: null };
  if (!tx.ctx.can(Permission.SCORING_LIST_APPROVE, district)) {
    throw new ForbiddenException('本区规定：村自定事项超出限额须经区审批，镇不能审批');
  }
}
