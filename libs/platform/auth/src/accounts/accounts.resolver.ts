import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { AuthPayloadType } from '../dto/auth-payload.type';
import { AllowedBeforePasswordChange } from '../guard/password-change-gate';
import { AccountListService } from './account-list.service';
import { AccountStateService } from './account-state.service';
import type { ListedAccount } from './account-view';
import {
  AssignmentIdArgs,
  ChangePasswordInput,
  CreateStaffAccountInput,
  GrantRoleInput,
  UserIdArgs,
  UsersArgs,
} from './dto/account.inputs';
import {
  IssuedPasswordType,
  RoleAssignmentType,
  UserAccountPage,
  UserAccountType,
} from './dto/user-account.type';
import { OwnAccountService } from './own-account.service';
import { RoleGrantsService } from './role-grants.service';
import { StaffAccountsService } from './staff-accounts.service';

const view = (a: ListedAccount) => UserAccountType.from(a.user, a.home, a.grants);

/** Account administration (USER_MANAGE / USER_READ) and every user's own password and sign-out. */
@Resolver()
export class AccountsResolver {
  constructor(
    private readonly list: AccountListService,
    private readonly staff: StaffAccountsService,
    private readonly grants: RoleGrantsService,
    private readonly state: AccountStateService,
    private readonly own: OwnAccountService,
  ) {}

  @Query(() => UserAccountPage, {
    description: '归属某单元及其下级单元的账号：角色、最近登录、锁定与停用状态',
  })
  @Allow(Permission.USER_READ)
  async users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs): Promise<UserAccountPage> {
    const page = await this.list.list(ctx, args.unitId, args.limit, args.offset);
    return { total: page.total, items: page.items.map(view) };
  }

  @Mutation(() => IssuedPasswordType, { description: '新建工作人员账号（本单元及下级；首次登录须改密码）' })
  @Allow(Permission.USER_MANAGE)
  async createStaffAccount(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateStaffAccountInput,
  ): Promise<IssuedPasswordType> {
    const created = await this.staff.create(ctx, input);
    return { account: view(created.account), oneTimePassword: created.oneTimePassword };
  }

  @Mutation(() => RoleAssignmentType, {
    description: '授予角色（仅限本单元及下级、本角色可授予的角色；不能授予自己）',
  })
  @Allow(Permission.USER_MANAGE)
  async grantRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: GrantRoleInput,
  ): Promise<RoleAssignmentType> {
    return RoleAssignmentType.from(await this.grants.grant(ctx, input));
  }

  @Mutation(() => RoleAssignmentType, { description: '撤销角色；该账号已签发的令牌随即失效' })
  @Allow(Permission.USER_MANAGE)
  async revokeRole(@Ctx() ctx: RequestContext, @Args() args: AssignmentIdArgs): Promise<RoleAssignmentType> {
    return RoleAssignmentType.from(await this.grants.revoke(ctx, args.assignmentId));
  }

  @Mutation(() => UserAccountType, { description: '停用账号；其令牌随即失效' })
  @Allow(Permission.USER_MANAGE)
  async disableAccount(@Ctx() ctx: RequestContext, @Args() args: UserIdArgs): Promise<UserAccountType> {
    return view(await this.state.disable(ctx, args.userId));
  }

  @Mutation(() => UserAccountType, { description: '重新启用已停用的账号（须重新登录）' })
  @Allow(Permission.USER_MANAGE)
  async enableAccount(@Ctx() ctx: RequestContext, @Args() args: UserIdArgs): Promise<UserAccountType> {
    return view(await this.state.enable(ctx, args.userId));
  }

  @Mutation(() => UserAccountType, { description: '解除因连续输错密码造成的锁定' })
  @Allow(Permission.USER_MANAGE)
  async unlockAccount(@Ctx() ctx: RequestContext, @Args() args: UserIdArgs): Promise<UserAccountType> {
    return view(await this.state.unlock(ctx, args.userId));
  }

  @Mutation(() => IssuedPasswordType, {
    description: '重置密码：生成临时密码（仅此一次返回），用户下次登录须修改',
  })
  @Allow(Permission.USER_MANAGE)
  async resetPassword(@Ctx() ctx: RequestContext, @Args() args: UserIdArgs): Promise<IssuedPasswordType> {
    const reset = await this.state.resetPassword(ctx, args.userId);
    return { account: view(reset.account), oneTimePassword: reset.oneTimePassword };
  }

  @Mutation(() => AuthPayloadType, { description: '修改自己的密码；此前签发的令牌全部失效，返回新令牌' })
  @Allow(Permission.SELF)
  @AllowedBeforePasswordChange()
  changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<AuthPayloadType> {
    return this.own.changePassword(ctx, input.currentPassword, input.newPassword);
  }

  @Mutation(() => Boolean, { description: '退出登录：本账号已签发的全部令牌失效（所有设备）' })
  @Allow(Permission.SELF)
  @AllowedBeforePasswordChange()
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.own.logout(ctx);
  }
}
