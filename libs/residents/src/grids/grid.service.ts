import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputException, ConflictException, Permission } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import { RequestContext, TenantDb, villageTenant, requireVisibleVillage } from '@village/platform-tenancy';
import { requireGrid, requireResident, villageRef } from '../common/lookups';
import { ResidentStatus } from '../residents/resident-status.enum';
import type { CreateGridInput } from './dto/grid.input';
import { GridEntity } from './grid.entity';

/** The grids (网格) of a village and their leaders. */
@Injectable()
export class GridService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: RequestContext, villageId: string): Promise<GridEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      ctx.assertCan(Permission.RESIDENT_READ, village);
      return tx.find(GridEntity, {
        where: { villageId: village.id },
        relations: { leader: true },
        order: { code: 'ASC' },
      });
    });
  }

  create(ctx: RequestContext, input: CreateGridInput): Promise<GridEntity> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, input.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.RESIDENT_MANAGE, village);
      const id = randomUUID();
      try {
        await tx.insert(GridEntity, {
          id,
          ...villageTenant(village),
          code: input.code,
          name: input.name,
          leaderResidentId: null,
          createdBy: ctx.user?.id ?? null,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'uq_grid_village_code')) {
          throw new ConflictException(`网格编码 ${input.code} 在本村已被使用`, [
            { field: 'code', reasons: ['编码已被使用'] },
          ]);
        }
        throw error;
      }
      return tx.findOneOrFail(GridEntity, { where: { id } });
    });
  }

  setLeader(ctx: RequestContext, gridId: string, residentId: string): Promise<GridEntity> {
    return this.db.run(ctx, async (tx) => {
      const grid = await requireGrid(tx, gridId);
      ctx.auditTarget = villageRef(grid);
      ctx.assertCan(Permission.RESIDENT_MANAGE, grid);
      const resident = await requireResident(tx, residentId, 'residentId', grid.villageId);
      if (resident.status !== ResidentStatus.ACTIVE) {
        throw BadInputException.field('residentId', '网格长必须是在村村民');
      }
      ctx.auditDetail = { previousLeaderResidentId: grid.leaderResidentId, leaderResidentId: resident.id };
      await tx.update(GridEntity, { id: grid.id }, { leaderResidentId: resident.id });
      return tx.findOneOrFail(GridEntity, { where: { id: grid.id }, relations: { leader: true } });
    });
  }
}
