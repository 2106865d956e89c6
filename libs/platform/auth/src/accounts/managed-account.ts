import { notFound } from '@village/platform-common';
import type { Grant, TenantTx } from '@village/platform-tenancy';
import { grantsFromRows, type RequestContextRow } from '../guard/request-context-rows';
import { UserEntity } from '../users/user.entity';
import { assertMayManage } from './account-authority';

/** An account an administrator is about to change, locked, with every live grant it holds. */
export interface ManagedAccount {
  user: UserEntity;
  grants: Grant[];
}

/**
 * Locks the account row (FOR UPDATE: parallel grants, revocations and resets of one account queue, so
 * the separation-of-duties check and "one live grant" see each other's work) and reads all its live
 * grants through app_request_context — the one reader that sees grants at units the caller cannot see
 * (the function restores the transaction's settings before it returns). An account outside the
 * caller's scope is NOT_FOUND, as row-level security makes it.
 */
export async function lockManagedAccount(
  tx: TenantTx,
  userId: string,
  field = 'userId',
): Promise<ManagedAccount> {
  const user = await tx.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw notFound(field, '账号');
  const rows = await tx.query<RequestContextRow[]>('SELECT * FROM public.app_request_context($1, NULL)', [
    user.id,
  ]);
  const grants = grantsFromRows(rows);
  assertMayManage(tx.ctx, user, grants);
  return { user, grants };
}

/** Retires every token issued to the account so far: they are refused on their next request. */
export async function retireTokens(tx: TenantTx, userId: string): Promise<void> {
  await tx.query('UPDATE app_user SET token_version = token_version + 1 WHERE id = $1', [userId]);
}
