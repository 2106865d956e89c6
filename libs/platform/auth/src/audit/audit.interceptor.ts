import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { AppException, SKIP_AUDIT_KEY } from '@village/platform-common';
import { requestContextOf } from '@village/platform-tenancy';
import { AuditOutcome } from './audit-log.entity';
import { AuditService } from './audit.service';

/** Writes one audit row per executed mutation, with its outcome, before the response goes out. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    // Queries are most calls and never audited: let them through before any other work.
    const info = context.getArgByIndex<GraphQLResolveInfo>(3);
    if (info.parentType.name !== 'Mutation') return next.handle();
    const skip = this.reflector.getAllAndOverride<boolean>(SKIP_AUDIT_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (skip) return next.handle();
    const gql = GqlExecutionContext.create(context);

    const ctx = requestContextOf(context);
    const args = gql.getArgs<Record<string, unknown>>();
    return next.handle().pipe(
      mergeMap((result) =>
        from(
          this.audit
            .recordFor(ctx, info.fieldName, AuditOutcome.SUCCESS, { detail: { args } })
            .then(() => result),
        ),
      ),
      catchError((error: unknown) =>
        from(
          this.audit
            .recordFor(ctx, info.fieldName, AuditOutcome.FAILURE, {
              errorCode: error instanceof AppException ? error.code : 'INTERNAL_SERVER_ERROR',
              detail: { args },
            })
            .then(() => {
              throw error;
            }),
        ),
      ),
    );
  }
}
