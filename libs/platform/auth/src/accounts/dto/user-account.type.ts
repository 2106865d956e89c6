import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated, Role, ROLE_LABELS } from '@village/platform-common';
import { OrgUnitType, type OrgUnitEntity } from '@village/platform-tenancy';
import type { RoleAssignmentEntity } from '../../users/role-assignment.entity';
import type { UserEntity } from '../../users/user.entity';

@ObjectType('RoleAssignment', { description: '一次角色授予：在某一组织单元授予某账号的角色' })
export class RoleAssignmentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: '角色中文名' })
  roleLabel: string;

  @Field(() => OrgUnitType, { description: '授予角色的组织单元（覆盖其下级单元）' })
  orgUnit: OrgUnitType;

  @Field()
  grantedAt: Date;

  @Field(() => Date, { nullable: true, description: '撤销时间；为空表示仍然有效' })
  revokedAt: Date | null;

  static from(row: RoleAssignmentEntity): RoleAssignmentType {
    return Object.assign(new RoleAssignmentType(), {
      id: row.id,
      userId: row.userId,
      role: row.role,
      roleLabel: ROLE_LABELS[row.role],
      orgUnit: OrgUnitType.from(row.orgUnit as OrgUnitEntity),
      grantedAt: row.grantedAt,
      revokedAt: row.revokedAt,
    });
  }
}

@ObjectType('UserAccount', { description: '登录账号及其状态（管理员视图）' })
export class UserAccountType {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field({ description: '姓名' })
  displayName: string;

  @Field(() => OrgUnitType, { description: '账号归属单元（管理该账号的单元）' })
  homeUnit: OrgUnitType;

  @Field(() => [RoleAssignmentType], { description: '仍有效且您可见的角色' })
  roles: RoleAssignmentType[];

  @Field(() => Date, { nullable: true, description: '最近一次成功登录' })
  lastLoginAt: Date | null;

  @Field({ description: '是否因连续输错密码而锁定中' })
  locked: boolean;

  @Field(() => Date, { nullable: true, description: '锁定至（北京时间请自行换算）' })
  lockedUntil: Date | null;

  @Field({ description: '是否已停用' })
  disabled: boolean;

  @Field({ description: '是否须在下次登录后修改密码（临时密码）' })
  mustChangePassword: boolean;

  @Field()
  createdAt: Date;

  static from(
    user: UserEntity,
    home: OrgUnitEntity,
    grants: readonly RoleAssignmentEntity[],
  ): UserAccountType {
    const locked = !!user.lockedUntil && user.lockedUntil > new Date();
    return Object.assign(new UserAccountType(), {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      homeUnit: OrgUnitType.from(home),
      roles: grants.map(RoleAssignmentType.from),
      lastLoginAt: user.lastLoginAt,
      locked,
      lockedUntil: locked ? user.lockedUntil : null,
      disabled: user.disabledAt !== null,
      mustChangePassword: user.mustChangePassword,
      createdAt: user.createdAt,
    });
  }
}

@ObjectType('UserAccountPage')
export class UserAccountPage extends Paginated(UserAccountType) {}

@ObjectType('IssuedPassword', { description: '账号与仅此一次显示的临时密码' })
export class IssuedPasswordType {
  @Field(() => UserAccountType)
  account: UserAccountType;

  @Field(() => String, {
    nullable: true,
    description: '临时密码，仅此一次返回，请当面或安全渠道转交；用户首次登录后须修改。管理员自设密码时为空',
  })
  oneTimePassword: string | null;
}
