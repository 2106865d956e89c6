import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnauthenticatedException } from '@village/platform-common';
import { RequestContext } from '@village/platform-tenancy';
import { TokenService } from '../login/token.service';
import { contextFromRows, REQUEST_CONTEXT_SQL, type RequestContextRow } from './request-context-rows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns a bearer token into a RequestContext. Roles are read fresh on every request, so a revoked role
 * or a disabled account takes effect at once rather than when the token expires.
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
    if (!header) return RequestContext.anonymous(clientIp);
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedException('Authorization 头格式应为 “Bearer <令牌>”');
    const claims = this.tokens.verify(match[1]);
    return this.forUserId(claims.sub, clientIp);
  }

  /**
   * The context of a user by id, with their current role grants: what a request of theirs would get.
   * Also for trusted start-up work acting as a named user (the demo's replayed year).
   *
   * One statement outside any transaction of the request's: the function sets the scope it needs
   * itself, under row-level security, and puts the settings back before it returns.
   */
  async forUserId(userId: string, clientIp: string | null = null): Promise<RequestContext> {
    const rows: RequestContextRow[] = UUID.test(userId)
      ? await this.dataSource.query<RequestContextRow[]>(REQUEST_CONTEXT_SQL, [userId])
      : [];
    const ctx = contextFromRows(rows, clientIp);
    if (!ctx) throw new UnauthenticatedException('账号不存在或已停用，请重新登录');
    return ctx;
  }
}
