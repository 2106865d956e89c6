import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { BadInputException, NotFoundException, Permission } from '@village/platform-common';
import { RequestContext, TenantDb } from '@village/platform-tenancy';
import { requireResident, villageRef } from '../common/lookups';
import { HouseholdEntity } from '../households/household.entity';
import { ResidentEntity } from '../residents/resident.entity';
import type { AddSubjectRoleInput, EndSubjectRoleInput } from './dto/subject-role.input';
import { insertRole } from './subject-role-rules';
import { SubjectRoleEntity } from './subject-role.entity';

/** Subject roles held over periods: added, and ended with a date and reason; never deleted. */
@Injectable()
export class SubjectRoleService {
  constructor(private readonly db: TenantDb) {}

  add(ctx: RequestContext, input: AddSubjectRoleInput): Promise<SubjectRoleEntity> {
    return this.db.run(ctx, async (tx) => {
      // The lock serialises role changes per resident, so the overlap check cannot race.
      const resident =
        (await tx.findOne(ResidentEntity, {
          where: { id: input.residentId },
          lock: { mode: 'pessimistic_write' },
        })) ?? (await requireResident(tx, input.residentId));
      ctx.auditTarget = villageRef(resident);
      ctx.assertCan(Permission.RESIDENT_MANAGE, resident);
      const households = [...new Set(input.representedHouseholdIds ?? [])];
      if (households.length) {
        const found = await tx.count(HouseholdEntity, {
          where: { id: In(households), villageId: resident.villageId },
        });
        if (found !== households.length) {
          throw BadInputException.field('representedHouseholdIds', '联系户必须是本村的户');
        }
      }
      return insertRole(
        tx,
        resident,
        {
          subjectType: input.subjectType,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          probationary: input.probationary ?? false,
          termEnd: input.termEnd ?? null,
          representedHouseholdIds: households,
        },
        ctx.user?.id ?? null,
      );
    });
  }

  end(ctx: RequestContext, input: EndSubjectRoleInput): Promise<SubjectRoleEntity> {
    return this.db.run(ctx, async (tx) => {
      const role = await tx.findOne(SubjectRoleEntity, { where: { id: input.roleId } });
      if (!role) throw new NotFoundException('roleId：找不到该身份，或您无权查看');
      ctx.auditTarget = villageRef(role);
      ctx.assertCan(Permission.RESIDENT_MANAGE, role);
      if (role.endDate !== null) {
        throw BadInputException.field('roleId', `该身份已于 ${role.endDate} 结束`);
      }
      if (input.endDate < role.startDate) {
        throw BadInputException.field('endDate', '结束日期不能早于起始日期');
      }
      await tx.update(
        SubjectRoleEntity,
        { id: role.id },
        { endDate: input.endDate, endReason: input.reason },
      );
      return tx.findOneOrFail(SubjectRoleEntity, { where: { id: role.id } });
    });
  }
}
