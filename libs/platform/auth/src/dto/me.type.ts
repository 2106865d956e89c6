import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Permission, Role, ROLE_LABELS } from '@village/platform-common';
import { OrgUnitType, type Grant, type RequestContext } from '@village/platform-tenancy';

@ObjectType('RoleGrant', { description: '在某一组织单元被授予的角色' })
export class RoleGrantType {
  @Field(() => Role)
  role: Role;

  @Field({ description: '角色中文名' })
  roleLabel: string;

  @Field(() => OrgUnitType, { description: '授予角色的组织单元（覆盖其下级单元）' })
  orgUnit: OrgUnitType;

  @Field(() => [Permission])
  permissions: Permission[];

  static from(grant: Grant): RoleGrantType {
    const role = grant.role as Role;
    return Object.assign(new RoleGrantType(), {
      role,
      roleLabel: ROLE_LABELS[role],
      orgUnit: OrgUnitType.from(grant.unit as Parameters<typeof OrgUnitType.from>[0]),
      permissions: [...grant.permissions] as Permission[],
    });
  }
}

@ObjectType('Me', { description: '当前登录用户' })
export class MeType {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field({ description: '姓名' })
  displayName: string;

  @Field(() => [RoleGrantType], { description: '角色及其授予单元' })
  roles: RoleGrantType[];

  static from(ctx: RequestContext): MeType {
    const user = ctx.requireUser();
    return Object.assign(new MeType(), {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: ctx.grants.map(RoleGrantType.from),
    });
  }
}
