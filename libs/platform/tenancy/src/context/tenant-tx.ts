import type { EntityManager } from 'typeorm';
import { Tx } from '@village/platform-db';
import type { RequestContext } from './request-context';

/**
 * A transaction opened for a request context: its row-level-security scope is set, and the context
 * travels with it, so work takes one parameter — `(tx, …)` — and reads who is asking from `tx.ctx`.
 */
export class TenantTx extends Tx {
  private constructor(
    manager: EntityManager,
    readonly ctx: RequestContext,
  ) {
    super(manager);
  }

  static opener(ctx: RequestContext): (manager: EntityManager) => TenantTx {
    return (manager) => new TenantTx(manager, ctx);
  }
}

/** Who is asking, for work that may be called with a context or inside a caller's transaction. */
export function contextOf(at: RequestContext | TenantTx): RequestContext {
  return at instanceof TenantTx ? at.ctx : at;
}
