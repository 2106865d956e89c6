import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { catchError, defer, firstValueFrom, from, type Observable } from 'rxjs';
import { AppException, BadInputException, SKIP_AUDIT_KEY } from '@village/platform-common';
import { bindOperationContext, requestContextOf, TenantDb } from '@village/platform-tenancy';
import { AuditOutcome } from './audit-log.entity';
import { AuditService } from './audit.service';

/**
 * One operation per mutation field: its own context (so its audit target and detail are its own, even
 * with several mutations in one request) and its own transaction, which the work joins and which ends
 * with the SUCCESS audit row — the work and its audit row commit together or not at all. When the work
 * fails, the transaction rolls back and a FAILURE row is written on its own.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly db: TenantDb,
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
    const gql = GqlExecutionContext.create(context);
    if (skip) return this.auditRefusedInput(context, info.fieldName, gql.getArgs(), next);

    const ctx = requestContextOf(context).forOperation();
    bindOperationContext(context, ctx);
    const operation = info.fieldName;
    const args = gql.getArgs<Record<string, unknown>>();
    return defer(() =>
      this.db.runOperation(
        ctx,
        () => firstValueFrom(next.handle()),
        (tx) => this.audit.recordIn(tx, operation, AuditOutcome.SUCCESS, { detail: { args } }),
      ),
    ).pipe(
      catchError((error: unknown) =>
        from(
          this.audit
            .recordFor(ctx, operation, AuditOutcome.FAILURE, {
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

  /**
   * An operation that audits itself (login) does so only for the attempts it gets to handle; input
   * refused before it runs (by the argument checks or the validation pipe) is audited here.
   */
  private auditRefusedInput(
    context: ExecutionContext,
    operation: string,
    args: Record<string, unknown>,
    next: CallHandler,
  ): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof BadInputException)) throw error;
        return from(
          this.audit
            .recordFor(requestContextOf(context), operation, AuditOutcome.FAILURE, {
              errorCode: error.code,
              detail: { args },
            })
            .then(() => {
              throw error;
            }),
        );
      }),
    );
  }
}
