import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid, UnauthenticatedException } from '@village/platform-common';
import { RequestContext } from '@village/platform-tenancy';
import { TokenService } from '../login/token.service';
import {
  contextFromRows,
  REQUEST_CONTEXT_SQL,
  type RequestContextRow,
  type SessionRefusal,
} from './request-context-rows';

/** A request's caller, and whether their password must be changed before anything else. */
export interface LoadedCaller {
  ctx: RequestContext;
  mustChangePassword: boolean;
}

const REFUSALS: Record<SessionRefusal, string> = {
  DISABLED: '账号不存在或已停用，请重新登录',
  REVOKED: '登录已失效（密码已修改、权限已变更或已退出登录），请重新登录',
  LOCKED: '账号已被锁定，请稍后重新登录或联系管理员解锁',
};

/**
 * Turns a bearer token into a RequestContext. Roles and the account's state are read fresh on every
 * request, so a revoked role, a disabled or locked account, or a token retired by a password change or
 * a logout takes effect at once rather than when the token expires.
 */
@Injectable()
export class ContextLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async fromAuthorizationHeader(
    header: string | undefined,
    clientIp: string | null,
  ): Promise<RequestContext> {
    return (await this.callerOf(header, clientIp)).ctx;
  }

  /** The guard's entry: the context and the one-time-password flag, from one statement. */
  async callerOf(header: string | undefined, clientIp: string | null): Promise<LoadedCaller> {
    if (!header) return { ctx: RequestContext.anonymous(clientIp), mustChangePassword: false };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedException('Authorization 头格式应为 “Bearer <令牌>”');
    const claims = this.tokens.verify(match[1]);
    return this.load(claims.sub, claims.tokenVersion, clientIp);
  }

  /**
   * The context of a user by id, with their current role grants: what a request of theirs would get.
   * For trusted start-up work acting as a named user (the demo's replayed year): no token, so no token
   * version to compare; a disabled or locked account is still refused.
   *
   * One statement outside any transaction of the request's: the function sets the scope it needs
   * itself, under row-level security, and puts the settings back before it returns.
   */
  async forUserId(userId: string, clientIp: string | null = null): Promise<RequestContext> {
    return (await this.load(userId, null, clientIp)).ctx;
  }

  private async load(
    userId: string,
    tokenVersion: number | null,
    clientIp: string | null,
  ): Promise<LoadedCaller> {
    const rows: RequestContextRow[] = isUuid(userId)
      ? await this.dataSource.query<RequestContextRow[]>(REQUEST_CONTEXT_SQL, [userId, tokenVersion])
      : [];
    const refusal = rows[0]?.refusal;
    if (refusal) throw new UnauthenticatedException(REFUSALS[refusal]);
    const ctx = contextFromRows(rows, clientIp);
    if (!ctx) throw new UnauthenticatedException(REFUSALS.DISABLED);
    return { ctx, mustChangePassword: rows[0].must_change_password };
  }
}
