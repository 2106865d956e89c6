import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { BadInputException, ConflictException, Permission, type Page } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import { RequestContext, TenantDb, villageTenant, requireVisibleVillage } from '@village/platform-tenancy';
import { likePattern, requireGrid, requireHousehold, requireResident, villageRef } from '../common/lookups';
import { ResidentEntity } from '../residents/resident.entity';
import type { CreateHouseholdInput, HouseholdsArgs } from './dto/household.input';
import { HouseholdEntity } from './household.entity';

export interface HouseholdWithCount {
  household: HouseholdEntity;
  memberCount: number;
}

/** Households (户) of a village and their heads. */
@Injectable()
export class HouseholdService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: RequestContext, args: HouseholdsArgs): Promise<Page<HouseholdWithCount>> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, args.villageId);
      ctx.assertCan(Permission.RESIDENT_READ, village);
      const query = tx
        .createQueryBuilder(HouseholdEntity, 'h')
        .leftJoinAndSelect('h.head', 'head')
        .where('h.villageId = :villageId', { villageId: village.id })
        .orderBy('h.code', 'ASC')
        .take(args.limit)
        .skip(args.offset);
      if (args.gridId) query.andWhere('h.gridId = :gridId', { gridId: args.gridId });
      if (args.search) {
        const pattern = likePattern(args.search);
        query.andWhere(
          new Brackets((q) =>
            q.where('h.code LIKE :pattern', { pattern }).orWhere('h.address LIKE :pattern'),
          ),
        );
      }
      const [items, total] = await query.getManyAndCount();
      // One query for the member counts of the whole page, not one per household.
      const counts = items.length
        ? await tx
            .createQueryBuilder(ResidentEntity, 'r')
            .select('r.householdId', 'householdId')
            .addSelect('COUNT(*)::int', 'count')
            .where('r.householdId IN (:...ids)', { ids: items.map((h) => h.id) })
            .groupBy('r.householdId')
            .getRawMany<{ householdId: string; count: number }>()
        : [];
      const byId = new Map(counts.map((c) => [c.householdId, Number(c.count)]));
      return { items: items.map((h) => ({ household: h, memberCount: byId.get(h.id) ?? 0 })), total };
    });
  }

  create(ctx: RequestContext, input: CreateHouseholdInput): Promise<HouseholdEntity> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, input.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.RESIDENT_MANAGE, village);
      if (input.gridId) await requireGrid(tx, input.gridId, 'gridId', village.id);
      const id = randomUUID();
      try {
        await tx.insert(HouseholdEntity, {
          id,
          ...villageTenant(village),
          code: input.code,
          address: input.address ?? null,
          gridId: input.gridId ?? null,
          headResidentId: null,
          createdBy: ctx.user?.id ?? null,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'uq_household_village_code')) throw householdCodeTaken(input.code);
        throw error;
      }
      return tx.findOneOrFail(HouseholdEntity, { where: { id } });
    });
  }

  setHead(ctx: RequestContext, householdId: string, residentId: string): Promise<HouseholdEntity> {
    return this.db.run(ctx, async (tx) => {
      const household = await requireHousehold(tx, householdId);
      ctx.auditTarget = villageRef(household);
      ctx.assertCan(Permission.RESIDENT_MANAGE, household);
      const resident = await requireResident(tx, residentId, 'residentId', household.villageId);
      if (resident.householdId !== household.id) {
        throw BadInputException.field('residentId', '户主必须是本户成员');
      }
      ctx.auditDetail = { previousHeadResidentId: household.headResidentId, headResidentId: resident.id };
      await tx.update(HouseholdEntity, { id: household.id }, { headResidentId: resident.id });
      return tx.findOneOrFail(HouseholdEntity, { where: { id: household.id }, relations: { head: true } });
    });
  }
}

function householdCodeTaken(code: string): ConflictException {
  return new ConflictException(`户号 ${code} 在本村已被使用`, [{ field: 'code', reasons: ['户号已被使用'] }]);
}
