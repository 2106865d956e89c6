import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { BadInputException, Permission, type Page, notFound } from '@village/platform-common';
import { OrgLevel, OrgUnitEntity, RequestContext, TenantDb, type TenantTx } from '@village/platform-tenancy';
import { pickItemFields, type ItemFields } from '../common/item-columns';
import { RuleStatus } from '../common/item-enums';
import { uniqueCode } from '../common/rulebook-guards';
import { assertItem } from '../rules/item-rules';
import { itemSanityProblems } from '../rules/item-sanity';
import { titleForYear } from '../rules/copy-title';
import { assertScoreRules, DEFAULT_SCORE_RULES, type ScoreRules } from '../rules/score-rules';
import { EvaluationItemEntity } from './evaluation-item.entity';
import { FrameworkEntity } from './framework.entity';
import { requireDraft, type DraftKind } from '../common/require-draft';

export interface FrameworkWithItems {
  framework: FrameworkEntity;
  items: EvaluationItemEntity[];
}

function frameworkLabel(f: FrameworkEntity): string {
  return `区评分框架「${f.title}」（${f.year} 年第 ${f.version} 版）`;
}

/**
 * The district tier: yearly frameworks in versions. Drafts are edited here; published versions are
 * refused here and, should anything slip past, by the database trigger.
 */
const FRAMEWORK_DRAFT: DraftKind<FrameworkEntity> = {
  entity: FrameworkEntity,
  field: 'frameworkId',
  what: '评分框架',
  permission: Permission.FRAMEWORK_MANAGE,
  label: frameworkLabel,
};

/** Score rules a null in a change clears (back to their default: none). */
const CLEARABLE_RULES = new Set<keyof ScoreRules>(['zeroStarAtOrBelow', 'letterGrades']);

@Injectable()
export class FrameworkService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: RequestContext, filter: { year?: number | null; limit: number; offset: number }) {
    return this.db.run(ctx, async (tx): Promise<Page<FrameworkWithItems>> => {
      const [frameworks, total] = await tx.findAndCount(FrameworkEntity, {
        where: filter.year ? { year: filter.year } : {},
        order: { year: 'DESC', version: 'DESC' },
        take: filter.limit,
        skip: filter.offset,
      });
      const items = frameworks.length
        ? await tx.find(EvaluationItemEntity, {
            where: { frameworkId: In(frameworks.map((f) => f.id)) },
            order: { position: 'ASC' },
          })
        : [];
      return {
        items: frameworks.map((framework) => ({
          framework,
          items: items.filter((i) => i.frameworkId === framework.id),
        })),
        total,
      };
    });
  }

  findOne(ctx: RequestContext, id: string): Promise<FrameworkWithItems> {
    return this.db.run(ctx, (tx) => this.load(tx, id));
  }

  create(ctx: RequestContext, fields: { year: number; title: string; districtId?: string | null }) {
    return this.db.run(ctx, async (tx) => {
      const districtId =
        fields.districtId ?? ctx.grants.find((g) => g.unit.level === OrgLevel.DISTRICT)?.unit.id;
      const district = districtId
        ? await tx.findOne(OrgUnitEntity, { where: { id: districtId, level: OrgLevel.DISTRICT } })
        : null;
      if (!district) throw notFound('districtId', '区');
      ctx.auditTarget = district;
      ctx.assertCan(Permission.FRAMEWORK_MANAGE, district);
      const framework = await this.insertFramework(tx, {
        districtId: district.id,
        year: fields.year,
        title: fields.title,
        rules: { ...DEFAULT_SCORE_RULES },
        maxAdjustmentPercent: 20,
        copiedFromId: null,
      });
      return { framework, items: [] };
    });
  }

  updateRules(
    ctx: RequestContext,
    id: string,
    change: {
      rules?: Partial<ScoreRules> | null;
      maxAdjustmentPercent?: number | null;
      title?: string | null;
    },
  ) {
    return this.db.run(ctx, async (tx) => {
      const framework = await requireDraft(tx, FRAMEWORK_DRAFT, id);
      const defined = Object.fromEntries(
        // null leaves a rule unchanged, except for the rules whose absence means something (it clears).
        Object.entries(change.rules ?? {}).filter(
          ([k, v]) => v !== undefined && (v !== null || CLEARABLE_RULES.has(k as keyof ScoreRules)),
        ),
      );
      await tx.update(
        FrameworkEntity,
        { id },
        {
          rules: { ...framework.rules, ...defined },
          maxAdjustmentPercent: change.maxAdjustmentPercent ?? framework.maxAdjustmentPercent,
          title: change.title ?? framework.title,
        },
      );
      return this.load(tx, id);
    });
  }

  addItem(ctx: RequestContext, frameworkId: string, fields: ItemFields) {
    return this.db.run(ctx, async (tx) => {
      const framework = await requireDraft(tx, FRAMEWORK_DRAFT, frameworkId);
      assertItem(fields);
      const position = await tx.count(EvaluationItemEntity, { where: { frameworkId } });
      await uniqueCode(fields.code, () =>
        tx.insert(EvaluationItemEntity, {
          id: randomUUID(),
          frameworkId,
          ...tenantOf(framework),
          ...pickItemFields(fields),
          position,
        }),
      );
      return this.load(tx, frameworkId);
    });
  }

  updateItem(ctx: RequestContext, itemId: string, fields: ItemFields) {
    return this.db.run(ctx, async (tx) => {
      const item = await this.requireItem(tx, itemId);
      await requireDraft(tx, FRAMEWORK_DRAFT, item.frameworkId);
      assertItem(fields);
      await uniqueCode(fields.code, () =>
        tx.update(EvaluationItemEntity, { id: itemId }, pickItemFields(fields)),
      );
      return this.load(tx, item.frameworkId);
    });
  }

  /** Withdrawn, not deleted: the app role has no DELETE anywhere. */
  withdrawItem(ctx: RequestContext, itemId: string) {
    return this.db.run(ctx, async (tx) => {
      const item = await this.requireItem(tx, itemId);
      await requireDraft(tx, FRAMEWORK_DRAFT, item.frameworkId);
      await tx.update(EvaluationItemEntity, { id: itemId }, { withdrawn: true });
      return this.load(tx, item.frameworkId);
    });
  }

  publish(ctx: RequestContext, id: string) {
    return this.db.run(ctx, async (tx) => {
      const framework = await requireDraft(tx, FRAMEWORK_DRAFT, id);
      const active = await tx.find(EvaluationItemEntity, {
        where: { frameworkId: id, withdrawn: false },
        order: { position: 'ASC' },
      });
      if (active.length === 0)
        throw BadInputException.field('id', `${frameworkLabel(framework)}没有任何评价事项，不能发布`);
      assertScoreRules(framework.rules);
      const insane = itemSanityProblems(active, 'items');
      if (insane.length) throw new BadInputException(insane);
      const user = ctx.requireUser();
      await tx.update(EvaluationItemEntity, { frameworkId: id }, { published: true });
      await tx.update(
        FrameworkEntity,
        { id },
        { status: RuleStatus.PUBLISHED, publishedAt: new Date(), publishedBy: user.id },
      );
      return this.load(tx, id);
    });
  }

  /** A new draft version of the same year, or (with `year`) next year's framework starting as a copy. */
  copy(ctx: RequestContext, fromId: string, year?: number) {
    if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
      throw BadInputException.field('year', '年度必须是 2000 到 2100 之间的整数');
    }
    return this.db.run(ctx, async (tx) => {
      const { framework: from, items } = await this.load(tx, fromId);
      ctx.auditTarget = {
        ...tenantOf(from),
        id: from.districtId,
        level: OrgLevel.DISTRICT,
        name: from.title,
      };
      ctx.assertCan(Permission.FRAMEWORK_MANAGE, from);
      const framework = await this.insertFramework(tx, {
        districtId: from.districtId,
        year: year ?? from.year,
        title: titleForYear(from.title, from.year, year ?? from.year),
        rules: from.rules,
        maxAdjustmentPercent: from.maxAdjustmentPercent,
        copiedFromId: from.id,
      });
      const kept = items.filter((i) => !i.withdrawn);
      if (kept.length) {
        await tx.insert(
          EvaluationItemEntity,
          kept.map((item, position) => ({
            id: randomUUID(),
            frameworkId: framework.id,
            ...tenantOf(framework),
            ...pickItemFields(item),
            position,
          })),
        );
      }
      return this.load(tx, framework.id);
    });
  }

  private async insertFramework(
    tx: TenantTx,
    fields: Pick<
      FrameworkEntity,
      'districtId' | 'year' | 'title' | 'rules' | 'maxAdjustmentPercent' | 'copiedFromId'
    >,
  ): Promise<FrameworkEntity> {
    const { ctx } = tx;
    // Serialise version numbering per district: two concurrent copies must not both take version n+1.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`framework:${fields.districtId}`]);
    const row = await tx
      .createQueryBuilder(FrameworkEntity, 'f')
      .select('COALESCE(MAX(f.version), 0)', 'max')
      .where('f.districtId = :d AND f.year = :y', { d: fields.districtId, y: fields.year })
      .getRawOne<{ max: number }>();
    const id = randomUUID();
    await tx.insert(FrameworkEntity, {
      id,
      ...fields,
      townId: null,
      villageId: null,
      version: Number(row?.max ?? 0) + 1,
      status: RuleStatus.DRAFT,
      createdBy: ctx.user?.id ?? null,
    });
    return tx.findOneByOrFail(FrameworkEntity, { id });
  }

  private async load(tx: TenantTx, id: string): Promise<FrameworkWithItems> {
    const framework = await tx.findOne(FrameworkEntity, { where: { id } });
    if (!framework) throw notFound('id', '评分框架');
    const items = await tx.find(EvaluationItemEntity, {
      where: { frameworkId: id },
      order: { position: 'ASC' },
    });
    return { framework, items };
  }

  private async requireItem(tx: TenantTx, id: string): Promise<EvaluationItemEntity> {
    const item = await tx.findOne(EvaluationItemEntity, { where: { id } });
    if (!item) throw notFound('itemId', '评价事项');
    return item;
  }
}

function tenantOf(row: { districtId: string; townId: string | null; villageId: string | null }) {
  return { districtId: row.districtId, townId: row.townId, villageId: row.villageId };
}
