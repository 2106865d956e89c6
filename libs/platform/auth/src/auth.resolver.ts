import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuditedByHandler, Permission, Public } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { AuditQueryService } from './audit/audit-query.service';
import { AuditEntryPage, AuditEntryType, AuditLogArgs } from './dto/audit-entry.type';
import { AuthPayloadType } from './dto/auth-payload.type';
import { LoginInput } from './dto/login.input';
import { MeType } from './dto/me.type';
import { AllowedBeforePasswordChange } from './guard/password-change-gate';
import { LoginService } from './login/login.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly logins: LoginService,
    private readonly auditQueries: AuditQueryService,
  ) {}

  @Mutation(() => AuthPayloadType, { description: '登录，返回访问令牌；连续输错密码将锁定账号' })
  @Public()
  @AuditedByHandler()
  login(@Args('input') input: LoginInput, @Context('req') req: { ip?: string }): Promise<AuthPayloadType> {
    return this.logins.login(input.username, input.password, req.ip ?? null);
  }

  @Query(() => MeType, { description: '当前登录用户及其角色' })
  @Allow(Permission.SELF)
  @AllowedBeforePasswordChange()
  me(@Ctx() ctx: RequestContext): MeType {
    return MeType.from(ctx);
  }

  @Query(() => AuditEntryPage, { description: '审计日志（仅限可见范围），最新的在前' })
  @Allow(Permission.AUDIT_READ)
  async auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<AuditEntryPage> {
    const page = await this.auditQueries.list(ctx, args);
    return { items: page.items.map(AuditEntryType.from), total: page.total, nextOffset: page.nextOffset };
  }
}
