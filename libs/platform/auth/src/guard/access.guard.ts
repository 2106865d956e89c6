import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  AppException,
  ForbiddenException,
  PERMISSIONS_KEY,
  permissionRefusal,
  PUBLIC_KEY,
  UnauthenticatedException,
  type Permission,
} from '@village/platform-common';
import { REQUEST_CONTEXT_KEY, RequestContext } from '@village/platform-tenancy';
import { AuditOutcome } from '../audit/audit-log.entity';
import { AuditService } from '../audit/audit.service';
import { ContextLoader } from './context-loader.service';
import { BEFORE_PASSWORD_CHANGE_KEY, PasswordChangeRequiredException } from './password-change-gate';

const MUST_CHANGE_PASSWORD_KEY = 'village:mustChangePassword';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  [REQUEST_CONTEXT_KEY]?: RequestContext;
  [MUST_CHANGE_PASSWORD_KEY]?: boolean;
}

/**
 * Global guard, deny by default: it builds the request context, then lets an operation run only if it
 * is @Public() or the caller holds one of the permissions its @Allow() names. An operation that
 * declares neither is refused for everyone. Refused mutations are audited as DENIED.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly contexts: ContextLoader,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // explorer assets, health: no data behind them
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: HttpRequest }>().req;
    const info = gql.getInfo<GraphQLResolveInfo>();
    const targets = [context.getHandler(), context.getClass()];

    const ctx = await this.requestContextOrDenied(req, info);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(PERMISSIONS_KEY, targets);
    try {
      if (!required?.length) {
        this.logger.error(`${info.parentType.name}.${info.fieldName} declares no permission: refused`);
        throw new ForbiddenException('该操作未声明所需权限，已拒绝');
      }
      if (!ctx.isAuthenticated) throw new UnauthenticatedException();
      if (!required.some((permission) => ctx.hasPermission(permission)))
        throw new ForbiddenException(permissionRefusal(required));
      if (
        req[MUST_CHANGE_PASSWORD_KEY] &&
        !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets)
      ) {
        throw new PasswordChangeRequiredException();
      }
      return true;
    } catch (error) {
      if (info.parentType.name === 'Mutation') {
        await this.audit.recordFor(ctx, info.fieldName, AuditOutcome.DENIED, {
          errorCode: error instanceof AppException ? error.code : null,
        });
      }
      throw error;
    }
  }

  /**
   * The request's context; a token that is malformed, expired, forged or names no active account
   * refuses the operation, and a refused mutation is audited as DENIED like any other refusal —
   * as anonymous, since nothing in such a token can be trusted.
   */
  private async requestContextOrDenied(req: HttpRequest, info: GraphQLResolveInfo): Promise<RequestContext> {
    try {
      return await this.requestContext(req);
    } catch (error) {
      if (info.parentType.name === 'Mutation') {
        await this.audit.recordFor(
          RequestContext.anonymous(req.ip ?? null),
          info.fieldName,
          AuditOutcome.DENIED,
          {
            errorCode: error instanceof AppException ? error.code : null,
            detail: { refusal: error instanceof AppException ? error.message : 'invalid token' },
          },
        );
      }
      throw error;
    }
  }

  /** One context per HTTP request, shared by all top-level fields of the operation. */
  private async requestContext(req: HttpRequest): Promise<RequestContext> {
    const existing = req[REQUEST_CONTEXT_KEY];
    if (existing) return existing;
    const header = req.headers.authorization;
    const caller = await this.contexts.callerOf(Array.isArray(header) ? header[0] : header, req.ip ?? null);
    req[REQUEST_CONTEXT_KEY] = caller.ctx;
    req[MUST_CHANGE_PASSWORD_KEY] = caller.mustChangePassword;
    return caller.ctx;
  }
}
