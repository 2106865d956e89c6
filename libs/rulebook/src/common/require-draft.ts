import type { EntityTarget, FindOptionsWhere } from 'typeorm';
import { notFound, type Permission } from '@village/platform-common';
import { auditOwner, type TenantRef, type TenantTx } from '@village/platform-tenancy';
import { publishedError } from './rulebook-guards';

/** What locates a draft of one kind of rule (framework, manual, village list) and names it. */
export interface DraftKind<E extends TenantRef & { id: string; status: string }> {
  entity: EntityTarget<E>;
  /** The field that named it and what it is called, for NOT_FOUND: 'manualId', '镇操作手册'. */
  field: string;
  what: string;
  permission: Permission;
  label(row: E): string;
}

/**
 * A rule still in draft that the caller may edit, locked: an edit and a concurrent publish of the same
 * version must not interleave. It becomes the operation's audit target; a published one is refused.
 */
export async function requireDraft<E extends TenantRef & { id: string; status: string }>(
  tx: TenantTx,
  kind: DraftKind<E>,
  id: string,
): Promise<E> {
  const row = await tx.findOne(kind.entity, {
    where: { id } as FindOptionsWhere<E>,
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) throw notFound(kind.field, kind.what);
  auditOwner(tx.ctx, row, kind.label(row));
  tx.ctx.assertCan(kind.permission, row);
  if (row.status !== 'DRAFT') throw publishedError(kind.label(row));
  return row;
}
