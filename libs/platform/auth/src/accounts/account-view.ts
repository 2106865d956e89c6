import { IsNull } from 'typeorm';
import { OrgUnitEntity, type TenantTx } from '@village/platform-tenancy';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';

/** An account as administrators see it: with its home unit and the live grants they can see. */
export interface ListedAccount {
  user: UserEntity;
  home: OrgUnitEntity;
  grants: RoleAssignmentEntity[];
}

/** The account as it is now in this transaction, for the answer of a mutation that changed it. */
export async function accountView(tx: TenantTx, userId: string): Promise<ListedAccount> {
  const user = await tx.findOneOrFail(UserEntity, {
    where: { id: userId },
    relations: { homeOrgUnit: true },
  });
  const grants = await tx.find(RoleAssignmentEntity, {
    where: { userId, revokedAt: IsNull() },
    relations: { orgUnit: true },
    order: { grantedAt: 'ASC', id: 'ASC' },
  });
  return { user, home: user.homeOrgUnit as OrgUnitEntity, grants };
}
