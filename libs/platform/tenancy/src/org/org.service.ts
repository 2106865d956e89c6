import type { TenantTx } from '../context/tenant-tx';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { ConflictException, NotFoundException, Permission, type Page } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import { RequestContext } from '../context/request-context';
import { TenantDb } from '../context/tenant-db.service';
import { OrgLevel, ORG_LEVEL_LABELS } from './org-level.enum';
import { OrgUnitEntity } from './org-unit.entity';

export interface NewOrgUnit {
  code: string;
  name: string;
}

/**
 * Reads and grows the org tree. What a caller can see is decided by row-level security; what they may
 * change is checked here against the unit their role was granted at.
 */
@Injectable()
export class OrgService {
  constructor(private readonly db: TenantDb) {}

  findOne(ctx: RequestContext, id: string): Promise<OrgUnitEntity> {
    return this.db.run(ctx, (tx) => this.requireUnit(tx, id));
  }

  listDistricts(ctx: RequestContext): Promise<OrgUnitEntity[]> {
    return this.db.run(ctx, (tx) =>
      tx.find(OrgUnitEntity, { where: { level: OrgLevel.DISTRICT }, order: { code: 'ASC' } }),
    );
  }

  listChildren(
    ctx: RequestContext,
    level: OrgLevel.TOWN | OrgLevel.VILLAGE,
    filter: { parentId?: string; search?: string; limit: number; offset: number },
  ): Promise<Page<OrgUnitEntity>> {
    return this.db.run(ctx, async (tx) => {
      const query = tx
        .createQueryBuilder(OrgUnitEntity, 'unit')
        .where('unit.level = :level', { level })
        .orderBy('unit.code', 'ASC')
        .take(filter.limit)
        .skip(filter.offset);
      if (filter.parentId) query.andWhere('unit.parentId = :parentId', { parentId: filter.parentId });
      if (filter.search) {
        const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query.andWhere(
          new Brackets((q) =>
            q.where('unit.name LIKE :pattern', { pattern }).orWhere('unit.code LIKE :pattern'),
          ),
        );
      }
      const [items, total] = await query.getManyAndCount();
      return { items, total };
    });
  }

  createTown(ctx: RequestContext, districtId: string, fields: NewOrgUnit): Promise<OrgUnitEntity> {
    return this.db.run(ctx, async (tx) => {
      const district = await this.requireUnit(tx, districtId, OrgLevel.DISTRICT, 'districtId');
      ctx.assertCan(Permission.TOWN_CREATE, district);
      const id = randomUUID();
      return this.insert(tx, {
        id,
        level: OrgLevel.TOWN,
        parentId: district.id,
        districtId: district.id,
        townId: id,
        villageId: null,
        ...fields,
      });
    });
  }

  createVillage(ctx: RequestContext, townId: string, fields: NewOrgUnit): Promise<OrgUnitEntity> {
    return this.db.run(ctx, async (tx) => {
      const town = await this.requireUnit(tx, townId, OrgLevel.TOWN, 'townId');
      ctx.assertCan(Permission.VILLAGE_CREATE, town);
      const id = randomUUID();
      return this.insert(tx, {
        id,
        level: OrgLevel.VILLAGE,
        parentId: town.id,
        districtId: town.districtId,
        townId: town.id,
        villageId: id,
        ...fields,
      });
    });
  }

  rename(ctx: RequestContext, id: string, name: string): Promise<OrgUnitEntity> {
    return this.db.run(ctx, async (tx) => {
      const unit = await this.requireUnit(tx, id);
      ctx.auditTarget = unit;
      ctx.assertCan(Permission.ORG_UPDATE, unit);
      ctx.auditDetail = { previousName: unit.name, name };
      await tx.update(OrgUnitEntity, { id: unit.id }, { name });
      return { ...unit, name };
    });
  }

  /** Visible units only: a unit outside the caller's scope is reported as missing, not as forbidden. */
  private async requireUnit(
    tx: TenantTx,
    id: string,
    level?: OrgLevel,
    field = 'id',
  ): Promise<OrgUnitEntity> {
    const unit = await tx.findOne(OrgUnitEntity, { where: { id } });
    if (!unit || (level && unit.level !== level)) {
      throw new NotFoundException(
        `${field}：找不到该${level ? ORG_LEVEL_LABELS[level] : '组织单元'}，或您无权查看`,
      );
    }
    return unit;
  }

  private async insert(tx: TenantTx, unit: Omit<OrgUnitEntity, 'createdAt' | 'createdBy'>) {
    const { ctx } = tx;
    ctx.auditTarget = unit as OrgUnitEntity;
    try {
      await tx.insert(OrgUnitEntity, { ...unit, createdBy: ctx.user?.id ?? null });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_org_unit_district_code')) {
        throw new ConflictException(`编码 ${unit.code} 在本区内已被使用`, [
          { field: 'code', reasons: ['编码已被使用'] },
        ]);
      }
      throw error;
    }
    return tx.findOneByOrFail(OrgUnitEntity, { id: unit.id });
  }
}
