import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BadInputException,
  ConflictException,
  NotFoundException,
  Permission,
  type Page,
} from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import {
  OrgLevel,
  OrgUnitEntity,
  RequestContext,
  TenantDb,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { CONTRACT_COLOUR_LABELS, ContractColour } from '../colour/contract-colour.enum';
import { ContractTemplateEntity } from './contract-template.entity';
import { effectiveTemplates, type EffectiveTemplate } from './effective-template';
import { duplicateValues, invalidItemCodes } from './template-merge';
import { TemplateStatus } from './template-status.enum';
import { publishedItemCodes } from '@village/rulebook';

export interface NewContractTemplate {
  unitId: string;
  colour: ContractColour;
  title: string;
  clauses?: string[];
  itemCodes?: string[];
}

export interface TemplateFilter {
  colour?: ContractColour;
  status?: TemplateStatus;
  unitId?: string;
  limit: number;
  offset: number;
}

/**
 * Contract templates: the district sets one per colour, a town may extend it. What a caller sees is
 * decided by row-level security (published rows are readable from below); changes are checked here.
 */
@Injectable()
export class ContractTemplateService {
  constructor(private readonly db: TenantDb) {}

  create(ctx: RequestContext, input: NewContractTemplate): Promise<ContractTemplateEntity> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: input.unitId } });
      if (!unit) throw new NotFoundException('unitId：找不到该单位，或您无权查看');
      if (unit.level === OrgLevel.VILLAGE) {
        throw BadInputException.field('unitId', '契约模板只能由区或镇（街道）制定');
      }
      ctx.auditTarget = unit;
      ctx.assertCan(Permission.CONTRACT_TEMPLATE_MANAGE, unit);
      const clauses = input.clauses ?? [];
      const itemCodes = input.itemCodes ?? [];
      checkContent(clauses, itemCodes);

      let extendsTemplateId: string | null = null;
      if (unit.level === OrgLevel.TOWN) {
        const base = await latestPublished(tx, unit.districtId, null, input.colour);
        if (!base) {
          throw BadInputException.field(
            'colour',
            `区里尚未发布${CONTRACT_COLOUR_LABELS[input.colour]}模板，镇里无法扩展`,
          );
        }
        extendsTemplateId = base.id;
      }
      const row = {
        id: randomUUID(),
        districtId: unit.districtId,
        townId: unit.level === OrgLevel.TOWN ? unit.id : null,
        villageId: null,
        colour: input.colour,
        title: input.title,
        clauses,
        itemCodes,
        version: (await maxVersion(tx, unit, input.colour)) + 1,
        status: TemplateStatus.DRAFT,
        publishedAt: null,
        publishedBy: null,
        extendsTemplateId,
        createdBy: ctx.user?.id ?? null,
      };
      try {
        await tx.insert(ContractTemplateEntity, row);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictException('同时有人新建了该模板的版本，请重试');
        throw error;
      }
      return tx.findOneByOrFail(ContractTemplateEntity, { id: row.id });
    });
  }

  addClause(
    ctx: RequestContext,
    templateId: string,
    text: string,
    position?: number,
  ): Promise<ContractTemplateEntity> {
    return this.editDraft(ctx, templateId, (template) => {
      const clauses = [...template.clauses];
      if (position !== undefined && position > clauses.length) {
        throw BadInputException.field('position', `不能大于现有条款数 ${clauses.length}`);
      }
      clauses.splice(position ?? clauses.length, 0, text);
      checkContent(clauses, template.itemCodes);
      return { clauses };
    });
  }

  setItems(ctx: RequestContext, templateId: string, itemCodes: string[]): Promise<ContractTemplateEntity> {
    return this.editDraft(ctx, templateId, (template) => {
      checkContent(template.clauses, itemCodes);
      return { itemCodes };
    });
  }

  publish(ctx: RequestContext, templateId: string): Promise<ContractTemplateEntity> {
    return this.editDraft(ctx, templateId, async (template, tx) => {
      if (template.extendsTemplateId === null && template.clauses.length === 0) {
        throw BadInputException.field('clauses', '区级模板至少要有一条职责条款才能发布');
      }
      if (template.extendsTemplateId !== null && !template.clauses.length && !template.itemCodes.length) {
        throw BadInputException.field('clauses', '镇级扩展至少要新增一条条款或一个考评项目才能发布');
      }
      await assertItemsInRulebook(tx, template);
      return {
        status: TemplateStatus.PUBLISHED,
        publishedAt: new Date(),
        publishedBy: ctx.user?.id ?? null,
      };
    });
  }

  findOne(ctx: RequestContext, id: string): Promise<ContractTemplateEntity> {
    return this.db.run(ctx, (tx) => requireTemplate(tx, id));
  }

  list(ctx: RequestContext, filter: TemplateFilter): Promise<Page<ContractTemplateEntity>> {
    return this.db.run(ctx, async (tx) => {
      const query = tx
        .createQueryBuilder(ContractTemplateEntity, 't')
        .orderBy('t.colour', 'ASC')
        .addOrderBy('t.townId', 'ASC', 'NULLS FIRST')
        .addOrderBy('t.version', 'DESC')
        .take(filter.limit)
        .skip(filter.offset);
      if (filter.colour) query.andWhere('t.colour = :colour', { colour: filter.colour });
      if (filter.status) query.andWhere('t.status = :status', { status: filter.status });
      if (filter.unitId) {
        query.andWhere('(t.townId = :unitId OR (t.townId IS NULL AND t.districtId = :unitId))', {
          unitId: filter.unitId,
        });
      }
      const [items, total] = await query.getManyAndCount();
      return { items, total };
    });
  }

  effective(
    ctx: RequestContext,
    villageId: string,
    colour: ContractColour,
  ): Promise<EffectiveTemplate | null> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      return (await effectiveTemplates(tx, village, [colour])).get(colour) ?? null;
    });
  }

  /** Loads a visible template, checks the caller may manage it and that it is still a draft. */
  private editDraft(
    ctx: RequestContext,
    templateId: string,
    change: (
      template: ContractTemplateEntity,
      tx: TenantTx,
    ) => Partial<ContractTemplateEntity> | Promise<Partial<ContractTemplateEntity>>,
  ): Promise<ContractTemplateEntity> {
    return this.db.run(ctx, async (tx) => {
      const template = await requireTemplate(tx, templateId);
      ctx.assertCan(Permission.CONTRACT_TEMPLATE_MANAGE, template);
      if (template.status !== TemplateStatus.DRAFT) {
        throw new ConflictException('已发布的契约模板不可修改；如需调整，请新建一个版本', [
          { field: 'templateId', reasons: ['模板已发布'] },
        ]);
      }
      const patch = await change(template, tx);
      await tx.update(ContractTemplateEntity, { id: template.id }, patch);
      return tx.findOneByOrFail(ContractTemplateEntity, { id: template.id });
    });
  }
}

async function requireTemplate(tx: TenantTx, id: string): Promise<ContractTemplateEntity> {
  const template = await tx.findOne(ContractTemplateEntity, { where: { id } });
  if (!template) throw new NotFoundException('templateId：找不到该契约模板，或您无权查看');
  return template;
}

function checkContent(clauses: readonly string[], itemCodes: readonly string[]): void {
  const bad = invalidItemCodes(itemCodes);
  if (bad.length) throw BadInputException.field('itemCodes', `编码格式不对：${bad.join('、')}`);
  const repeatedCodes = duplicateValues(itemCodes);
  if (repeatedCodes.length) {
    throw BadInputException.field('itemCodes', `编码重复：${repeatedCodes.join('、')}`);
  }
  const repeatedClauses = duplicateValues(clauses);
  if (repeatedClauses.length) throw BadInputException.field('clauses', '条款重复');
}

async function latestPublished(
  tx: TenantTx,
  districtId: string,
  townId: string | null,
  colour: ContractColour,
): Promise<ContractTemplateEntity | null> {
  const query = tx
    .createQueryBuilder(ContractTemplateEntity, 't')
    .where('t.districtId = :districtId', { districtId })
    .andWhere('t.colour = :colour', { colour })
    .andWhere('t.status = :status', { status: TemplateStatus.PUBLISHED })
    .andWhere('t.villageId IS NULL')
    .orderBy('t.version', 'DESC');
  if (townId) query.andWhere('t.townId = :townId', { townId });
  else query.andWhere('t.townId IS NULL');
  return query.getOne();
}

async function maxVersion(tx: TenantTx, unit: OrgUnitEntity, colour: ContractColour): Promise<number> {
  const query = tx
    .createQueryBuilder(ContractTemplateEntity, 't')
    .select('COALESCE(MAX(t.version), 0)', 'max')
    .where('t.districtId = :districtId', { districtId: unit.districtId })
    .andWhere('t.colour = :colour', { colour });
  if (unit.level === OrgLevel.TOWN) query.andWhere('t.townId = :townId', { townId: unit.id });
  else query.andWhere('t.townId IS NULL');
  const row = await query.getRawOne<{ max: number | string }>();
  return Number(row?.max ?? 0);
}

/**
 * A template's items are the rulebook's: each code must be an item of a framework the district has
 * published or, for a town's extension, of a manual that town has published.
 */
async function assertItemsInRulebook(tx: TenantTx, template: ContractTemplateEntity): Promise<void> {
  if (!template.itemCodes.length) return;
  const known = await publishedItemCodes(tx, { districtId: template.districtId, townId: template.townId });
  const unknown = template.itemCodes.filter((code) => !known.has(code));
  if (unknown.length) {
    const where = template.townId ? '本区已发布的评分框架或本镇已发布的操作手册' : '本区已发布的评分框架';
    throw BadInputException.field('itemCodes', `考评项目 ${unknown.join('、')} 不在${where}中`);
  }
}
