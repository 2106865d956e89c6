import { ruleYear } from '../common/rule-year';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputException, ConflictException, Permission, notFound } from '@village/platform-common';
import {
  OrgLevel,
  OrgUnitEntity,
  RequestContext,
  TenantDb,
  requireVisibleUnit,
  type TenantTx,
} from '@village/platform-tenancy';
import { pickItemFields, type ItemFields } from '../common/item-columns';
import { RuleStatus } from '../common/item-enums';
import { uniqueCode } from '../common/rulebook-guards';
import { EvaluationItemEntity } from '../framework/evaluation-item.entity';
import { FrameworkEntity } from '../framework/framework.entity';
import { checkedAdjustment } from '../rules/adjustment-bounds';
import { assertItem } from '../rules/item-rules';
import { itemSanityProblems } from '../rules/item-sanity';
import { manualSettingProblems, vetoDisableProblems } from '../rules/manual-rules';
import { villageLimitProblems } from '../rules/village-limits';
import { ManualAdjustmentEntity } from './manual-adjustment.entity';
import { TownItemEntity } from './town-item.entity';
import { TownManualEntity } from './town-manual.entity';
import { currentManual } from '../reading/effective-rules';
import { requireDraft, type DraftKind } from '../common/require-draft';

export interface ManualWithParts {
  manual: TownManualEntity;
  adjustments: ManualAdjustmentEntity[];
  townItems: TownItemEntity[];
}

type Settings = Nullable<
  Pick<
    TownManualEntity,
    | 'title'
    | 'registrationDays'
    | 'noticeDays'
    | 'lateEntryDays'
    | 'objectionAnswerWorkingDays'
    | 'villageMaxPositiveItems'
    | 'villageMaxNegativeItems'
    | 'villageMaxItemPoints'
    | 'procedure'
  >
>;

type Nullable<T> = { [K in keyof T]?: T[K] | null };

export interface AdjustmentChange {
  itemCode: string;
  disabled: boolean;
  pointsMin?: number | null;
  pointsMax?: number | null;
  perUnitPoints?: number | null;
  reason: string;
}

function manualLabel(m: TownManualEntity): string {
  return `镇操作手册「${m.title}」（第 ${m.version} 版）`;
}

/** The town tier: operating manuals that adapt one published framework within its bounds. */
const MANUAL_DRAFT: DraftKind<TownManualEntity> = {
  entity: TownManualEntity,
  field: 'manualId',
  what: '镇操作手册',
  permission: Permission.MANUAL_MANAGE,
  label: manualLabel,
};

@Injectable()
export class ManualService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: RequestContext, townId: string): Promise<ManualWithParts[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleUnit(tx, townId, OrgLevel.TOWN, 'townId');
      const manuals = await tx.find(TownManualEntity, { where: { townId }, order: { version: 'DESC' } });
      const result: ManualWithParts[] = [];
      for (const manual of manuals) result.push(await this.parts(tx, manual));
      return result;
    });
  }

  findOne(ctx: RequestContext, id: string): Promise<ManualWithParts> {
    return this.db.run(ctx, (tx) => this.load(tx, id));
  }

  /** The latest published version for a year: what villages build that year's lists from. */
  current(ctx: RequestContext, townId: string, year?: number | null): Promise<ManualWithParts | null> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleUnit(tx, townId, OrgLevel.TOWN, 'townId');
      const manual = await currentManual(tx, townId, ruleYear(year));
      return manual ? this.parts(tx, manual) : null;
    });
  }

  create(ctx: RequestContext, input: { townId: string; frameworkId: string; title: string }) {
    return this.db.run(ctx, async (tx) => {
      const town = await requireVisibleUnit(tx, input.townId, OrgLevel.TOWN, 'townId');
      ctx.auditTarget = town;
      ctx.assertCan(Permission.MANUAL_MANAGE, town);
      const framework = await tx.findOne(FrameworkEntity, { where: { id: input.frameworkId } });
      if (!framework || framework.districtId !== town.districtId) throw notFound('frameworkId', '区评分框架');
      if (framework.status !== RuleStatus.PUBLISHED) {
        throw BadInputException.field('frameworkId', '只能依据已发布的区评分框架编制操作手册');
      }
      const manual = await this.insertManual(tx, town, {
        frameworkId: framework.id,
        title: input.title,
        copiedFromId: null,
      });
      return this.load(tx, manual.id);
    });
  }

  updateSettings(ctx: RequestContext, id: string, settings: Settings) {
    return this.db.run(ctx, async (tx) => {
      const manual = await requireDraft(tx, MANUAL_DRAFT, id);
      const defined = Object.fromEntries(
        Object.entries(settings).filter(([, v]) => v !== undefined && v !== null),
      );
      const framework = await tx.findOneByOrFail(FrameworkEntity, { id: manual.frameworkId });
      const problems = [
        ...manualSettingProblems({ ...manual, ...defined }),
        ...villageLimitProblems({ ...manual, ...defined }, framework.rules),
      ];
      if (problems.length) throw new BadInputException(problems);
      if (Object.keys(defined).length) await tx.update(TownManualEntity, { id }, defined);
      return this.load(tx, id);
    });
  }

  setAdjustment(ctx: RequestContext, manualId: string, change: AdjustmentChange) {
    return this.db.run(ctx, async (tx) => {
      const manual = await requireDraft(tx, MANUAL_DRAFT, manualId);
      const framework = await tx.findOneByOrFail(FrameworkEntity, { id: manual.frameworkId });
      const item = await tx.findOne(EvaluationItemEntity, {
        where: { frameworkId: framework.id, code: change.itemCode, withdrawn: false },
      });
      if (!item) throw BadInputException.field('itemCode', `区框架中没有编码为 ${change.itemCode} 的事项`);
      const vetoes = vetoDisableProblems(
        change.disabled ? [item.code] : [],
        [item],
        framework.rules.townsMayDisableVetoItems,
      );
      if (vetoes.length) throw new BadInputException(vetoes.map((p) => ({ ...p, field: 'disabled' })));
      const value = checkedAdjustment(item, change, framework.maxAdjustmentPercent);
      const existing = await tx.findOne(ManualAdjustmentEntity, { where: { manualId, itemCode: item.code } });
      const fields = { disabled: change.disabled, reason: change.reason, ...value };
      if (existing) await tx.update(ManualAdjustmentEntity, { id: existing.id }, fields);
      else {
        await tx.insert(ManualAdjustmentEntity, {
          id: randomUUID(),
          manualId,
          itemCode: item.code,
          ...tenantOf(manual),
          ...fields,
        });
      }
      return this.load(tx, manualId);
    });
  }

  addTownItem(ctx: RequestContext, manualId: string, fields: ItemFields) {
    return this.db.run(ctx, async (tx) => {
      const manual = await requireDraft(tx, MANUAL_DRAFT, manualId);
      assertItem(fields);
      await this.refuseFrameworkCode(tx, manual, fields.code);
      const position = await tx.count(TownItemEntity, { where: { manualId } });
      await uniqueCode(fields.code, () =>
        tx.insert(TownItemEntity, {
          id: randomUUID(),
          manualId,
          ...tenantOf(manual),
          ...pickItemFields(fields),
          position,
        }),
      );
      return this.load(tx, manualId);
    });
  }

  updateTownItem(ctx: RequestContext, itemId: string, fields: ItemFields) {
    return this.db.run(ctx, async (tx) => {
      const item = await tx.findOne(TownItemEntity, { where: { id: itemId } });
      if (!item) throw notFound('itemId', '本镇事项');
      const manual = await requireDraft(tx, MANUAL_DRAFT, item.manualId);
      assertItem(fields);
      await this.refuseFrameworkCode(tx, manual, fields.code);
      await uniqueCode(fields.code, () => tx.update(TownItemEntity, { id: itemId }, pickItemFields(fields)));
      return this.load(tx, item.manualId);
    });
  }

  withdrawTownItem(ctx: RequestContext, itemId: string) {
    return this.db.run(ctx, async (tx) => {
      const item = await tx.findOne(TownItemEntity, { where: { id: itemId } });
      if (!item) throw notFound('itemId', '本镇事项');
      await requireDraft(tx, MANUAL_DRAFT, item.manualId);
      await tx.update(TownItemEntity, { id: itemId }, { withdrawn: true });
      return this.load(tx, item.manualId);
    });
  }

  publish(ctx: RequestContext, id: string) {
    return this.db.run(ctx, async (tx) => {
      const manual = await requireDraft(tx, MANUAL_DRAFT, id);
      await this.assertPublishable(tx, manual);
      const user = ctx.requireUser();
      await tx.update(ManualAdjustmentEntity, { manualId: id }, { published: true });
      await tx.update(TownItemEntity, { manualId: id }, { published: true });
      await tx.update(
        TownManualEntity,
        { id },
        { status: RuleStatus.PUBLISHED, publishedAt: new Date(), publishedBy: user.id },
      );
      return this.load(tx, id);
    });
  }

  /** Amending a manual: a new draft version copying settings, adjustments and town items. */
  createVersion(ctx: RequestContext, fromId: string) {
    return this.db.run(ctx, async (tx) => {
      const from = await this.load(tx, fromId);
      const town = await tx.findOneByOrFail(OrgUnitEntity, { id: from.manual.townId as string });
      ctx.auditTarget = town;
      ctx.assertCan(Permission.MANUAL_MANAGE, town);
      const m = from.manual;
      const rest = {
        frameworkId: m.frameworkId,
        title: m.title,
        registrationDays: m.registrationDays,
        noticeDays: m.noticeDays,
        lateEntryDays: m.lateEntryDays,
        objectionAnswerWorkingDays: m.objectionAnswerWorkingDays,
        villageMaxPositiveItems: m.villageMaxPositiveItems,
        villageMaxNegativeItems: m.villageMaxNegativeItems,
        villageMaxItemPoints: m.villageMaxItemPoints,
        procedure: m.procedure,
      };
      const manual = await this.insertManual(tx, town, { ...rest, copiedFromId: from.manual.id });
      if (from.adjustments.length) {
        await tx.insert(
          ManualAdjustmentEntity,
          from.adjustments.map((a) => ({
            id: randomUUID(),
            manualId: manual.id,
            ...tenantOf(manual),
            itemCode: a.itemCode,
            disabled: a.disabled,
            pointsMin: a.pointsMin,
            pointsMax: a.pointsMax,
            perUnitPoints: a.perUnitPoints,
            reason: a.reason,
          })),
        );
      }
      const kept = from.townItems.filter((i) => !i.withdrawn);
      if (kept.length) {
        await tx.insert(
          TownItemEntity,
          kept.map((i, position) => ({
            id: randomUUID(),
            manualId: manual.id,
            ...tenantOf(manual),
            ...pickItemFields(i),
            position,
          })),
        );
      }
      return this.load(tx, manual.id);
    });
  }

  private async insertManual(
    tx: TenantTx,
    town: OrgUnitEntity,
    fields: Partial<TownManualEntity> & { frameworkId: string; title: string; copiedFromId: string | null },
  ): Promise<TownManualEntity> {
    const { ctx } = tx;
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`town_manual:${town.id}`]);
    const row = await tx
      .createQueryBuilder(TownManualEntity, 'm')
      .select('COALESCE(MAX(m.version), 0)', 'max')
      .where('m.townId = :t', { t: town.id })
      .getRawOne<{ max: number }>();
    const id = randomUUID();
    await tx.insert(TownManualEntity, {
      ...fields,
      id,
      districtId: town.districtId,
      townId: town.id,
      villageId: null,
      version: Number(row?.max ?? 0) + 1,
      status: RuleStatus.DRAFT,
      createdBy: ctx.user?.id ?? null,
    });
    return tx.findOneByOrFail(TownManualEntity, { id });
  }

  /**
   * What must hold when a manual takes effect, whatever its draft went through: usable notice and
   * answer days, no veto item disabled unless the framework allows it, sane town items.
   */
  private async assertPublishable(tx: TenantTx, manual: TownManualEntity): Promise<void> {
    const framework = await tx.findOneByOrFail(FrameworkEntity, { id: manual.frameworkId });
    const { adjustments, townItems } = await this.parts(tx, manual);
    const frameworkItems = await tx.find(EvaluationItemEntity, {
      where: { frameworkId: framework.id, withdrawn: false },
      order: { position: 'ASC' },
    });
    const problems = [
      ...manualSettingProblems(manual),
      ...villageLimitProblems(manual, framework.rules),
      ...vetoDisableProblems(
        adjustments.filter((a) => a.disabled).map((a) => a.itemCode),
        frameworkItems,
        framework.rules.townsMayDisableVetoItems,
      ),
      ...itemSanityProblems(
        townItems.filter((i) => !i.withdrawn),
        'townItems',
      ),
    ];
    if (problems.length) throw new BadInputException(problems);
  }

  private async refuseFrameworkCode(tx: TenantTx, manual: TownManualEntity, code: string) {
    const clash = await tx.count(EvaluationItemEntity, { where: { frameworkId: manual.frameworkId, code } });
    if (clash) {
      throw new ConflictException(`编码 ${code} 已被区框架事项使用`, [
        { field: 'item.code', reasons: ['与区框架事项编码重复'] },
      ]);
    }
  }

  private async load(tx: TenantTx, id: string): Promise<ManualWithParts> {
    const manual = await tx.findOne(TownManualEntity, { where: { id } });
    if (!manual) throw notFound('id', '镇操作手册');
    return this.parts(tx, manual);
  }

  private async parts(tx: TenantTx, manual: TownManualEntity): Promise<ManualWithParts> {
    const adjustments = await tx.find(ManualAdjustmentEntity, {
      where: { manualId: manual.id },
      order: { itemCode: 'ASC' },
    });
    const townItems = await tx.find(TownItemEntity, {
      where: { manualId: manual.id },
      order: { position: 'ASC' },
    });
    return { manual, adjustments, townItems };
  }
}

function tenantOf(row: { districtId: string; townId: string | null; villageId: string | null }) {
  return { districtId: row.districtId, townId: row.townId, villageId: row.villageId };
}
