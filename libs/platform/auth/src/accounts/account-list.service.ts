import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { notFound, Permission, type Page } from '@village/platform-common';
import { OrgUnitEntity, TenantDb, type RequestContext } from '@village/platform-tenancy';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';
import type { ListedAccount } from './account-view';

/** The tenant column that puts an account at or below a unit of each level. */
const COLUMN_OF_LEVEL = { DISTRICT: 'districtId', TOWN: 'townId', VILLAGE: 'villageId' } as const;

/** Accounts managed at a unit or below it (by their home unit), in username order. */
@Injectable()
export class AccountListService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: RequestContext, unitId: string, limit: number, offset: number): Promise<Page<ListedAccount>> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: unitId } });
      if (!unit) throw notFound('unitId', '组织单元');
      ctx.assertCan(Permission.USER_READ, unit);
      const column = COLUMN_OF_LEVEL[unit.level as keyof typeof COLUMN_OF_LEVEL];
      const [users, total] = await tx.findAndCount(UserEntity, {
        where: { [column]: unit.id },
        relations: { homeOrgUnit: true },
        order: { username: 'ASC' },
        take: limit,
        skip: offset,
      });
      const grants = users.length
        ? await tx.find(RoleAssignmentEntity, {
            where: { userId: In(users.map((u) => u.id)), revokedAt: IsNull() },
            relations: { orgUnit: true },
            order: { grantedAt: 'ASC', id: 'ASC' },
          })
        : [];
      return {
        total,
        items: users.map((user) => ({
          user,
          home: user.homeOrgUnit as OrgUnitEntity,
          grants: grants.filter((g) => g.userId === user.id),
        })),
      };
    });
  }
}
