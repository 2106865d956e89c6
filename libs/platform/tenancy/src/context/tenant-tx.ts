import { Tx } from '@village/platform-db';
import type { RequestContext } from './request-context';

/**
 * A transaction opened for a request context: its row-level-security scope is set, and the context
 * travels with it, so work takes one parameter — `(tx, …)` — and reads who is asking from `tx.ctx`.
 */
export type TenantTx = Tx<RequestContext>;

export function isTenantTx(value: unknown): value is TenantTx {
  return value instanceof Tx;
}

/** Who is asking, for work that may be called with a context or inside a caller's transaction. */
export function contextOf(at: RequestContext | TenantTx): RequestContext {
  return isTenantTx(at) ? at.ctx : at;
}
