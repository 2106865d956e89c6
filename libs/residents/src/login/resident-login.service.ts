import { Injectable } from '@nestjs/common';
import { ConflictException, Permission, Role } from '@village/platform-common';
import { UserAccountsService } from '@village/platform-auth';
import { RequestContext, TenantDb, requireVisibleVillage } from '@village/platform-tenancy';
import { requireResident, villageRef } from '../common/lookups';
import { ResidentEntity } from '../residents/resident.entity';

/** Gives a resident their own login: an account at their village with the RESIDENT role, linked to them. */
@Injectable()
export class ResidentLoginService {
  constructor(
    private readonly db: TenantDb,
    private readonly accounts: UserAccountsService,
  ) {}

  create(
    ctx: RequestContext,
    input: { residentId: string; username: string; password: string },
  ): Promise<ResidentEntity> {
    return this.db.run(ctx, async (tx) => {
      const resident =
        (await tx.findOne(ResidentEntity, {
          where: { id: input.residentId },
          lock: { mode: 'pessimistic_write' },
        })) ?? (await requireResident(tx, input.residentId));
      ctx.auditTarget = villageRef(resident);
      ctx.assertCan(Permission.RESIDENT_MANAGE, resident);
      if (resident.userId) {
        throw new ConflictException(`${resident.name}已开通登录账号`, [
          { field: 'residentId', reasons: ['已有登录账号'] },
        ]);
      }
      const village = await requireVisibleVillage(tx, resident.villageId);
      const user = await this.accounts.createUser(tx, {
        username: input.username,
        password: input.password,
        displayName: resident.name,
        homeUnit: village,
        role: Role.RESIDENT,
      });
      ctx.auditDetail = { username: user.username, userId: user.id };
      await tx.update(ResidentEntity, { id: resident.id }, { userId: user.id });
      return tx.findOneOrFail(ResidentEntity, {
        where: { id: resident.id },
        relations: { household: { head: true }, grid: true },
      });
    });
  }
}
