import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Tx } from '@village/platform-db';
import { EMPTY_SCOPE, uuidArrayLiteral, type DbScope } from './db-scope';
import { RequestContext } from './request-context';
import { isTenantTx, type TenantTx } from './tenant-tx';

/**
 * The only way services reach tenant data. `run(ctx, work)` is one transaction whose first statement
 * sets the request's scope as transaction-local settings; the row-level-security policies read them.
 * Work inside it calls `run(tx, …)` to join the same transaction, and so does work for an operation whose
 * transaction was opened around it (a mutation: its work and its audit row commit together).
 * Without a RequestContext it throws instead of running unscoped.
 */
@Injectable()
export class TenantDb {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(ctxOrTx: RequestContext | TenantTx, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    if (isTenantTx(ctxOrTx)) return work(ctxOrTx);
    if (!(ctxOrTx instanceof RequestContext)) {
      throw new Error('TenantDb.run needs a RequestContext: refusing to query without a tenant scope');
    }
    const open = ctxOrTx.operationTx;
    if (open) return work(open);
    return this.withScope(ctxOrTx, ctxOrTx.dbScope, work);
  }

  /**
   * Opens the transaction of one operation and binds it to the operation's context, so every
   * `run(ctx, …)` of the operation joins it; `finish` runs last in it (the audit row).
   */
  runOperation<T>(
    ctx: RequestContext,
    work: () => Promise<T>,
    finish: (tx: TenantTx, result: T) => Promise<void>,
  ): Promise<T> {
    return this.withScope(ctx, ctx.dbScope, async (tx) => {
      ctx.bindOperationTx(tx);
      try {
        const result = await work();
        await finish(tx, result);
        return result;
      } finally {
        ctx.bindOperationTx(null);
      }
    });
  }

  /** The login transaction: sees exactly the account being logged into, nothing else. */
  runAsLogin<T>(username: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.withScope(RequestContext.anonymous(), { ...EMPTY_SCOPE, loginUsername: username }, work);
  }

  private withScope<T>(ctx: RequestContext, scope: DbScope, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return Tx.run(this.dataSource, ctx, (tx) => applyScope(tx, scope), work);
  }
}

/**
 * Sets (or widens, within the same transaction) the scope the row-level-security policies read.
 * Transaction-local: it ends with the transaction.
 */
export async function applyScope(tx: Tx, scope: DbScope): Promise<void> {
  await tx.query(
    `SELECT set_config('app.user_id', $1, true),
            set_config('app.login_username', $2, true),
            set_config('app.scope_districts', $3, true),
            set_config('app.scope_towns', $4, true),
            set_config('app.scope_villages', $5, true),
            set_config('app.scope_ancestors', $6, true)`,
    [
      scope.userId ?? '',
      scope.loginUsername ?? '',
      uuidArrayLiteral(scope.districts),
      uuidArrayLiteral(scope.towns),
      uuidArrayLiteral(scope.villages),
      uuidArrayLiteral(scope.ancestors),
    ],
  );
}
