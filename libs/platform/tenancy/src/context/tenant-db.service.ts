import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EMPTY_SCOPE, uuidArrayLiteral, type DbScope } from './db-scope';
import { RequestContext } from './request-context';

/**
 * The only way services reach tenant data. Each call is one transaction whose first statement sets
 * the request's scope as transaction-local settings; the row-level-security policies read them.
 * Without a RequestContext it throws instead of running unscoped.
 */
@Injectable()
export class TenantDb {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(ctx: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!(ctx instanceof RequestContext)) {
      throw new Error('TenantDb.run needs a RequestContext: refusing to query without a tenant scope');
    }
    return this.withScope(ctx.dbScope, work);
  }

  /** The login transaction: sees exactly the account being logged into, nothing else. */
  runAsLogin<T>(username: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.withScope({ ...EMPTY_SCOPE, loginUsername: username }, work);
  }

  /** Resolving a token: sees the user's own account and role assignments, nothing else. */
  runAsUser<T>(userId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.withScope({ ...EMPTY_SCOPE, userId }, work);
  }

  private withScope<T>(scope: DbScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await applyScope(manager, scope);
      return work(manager);
    });
  }
}

/**
 * Sets (or widens, within the same transaction) the scope the row-level-security policies read.
 * Transaction-local: it ends with the transaction.
 */
export async function applyScope(manager: EntityManager, scope: DbScope): Promise<void> {
  await manager.query(
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
