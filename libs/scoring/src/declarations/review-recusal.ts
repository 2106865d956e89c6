import { ForbiddenException } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import type { ResidentEntity } from '@village/residents';
import type { DeclarationEntity } from './declaration.entity';
import { ownResident } from '@village/residents';

/**
 * 审核回避: a reviewer may not decide what they submitted, nor a declaration about themselves or anyone
 * of their household. Everything else — a registration by another council member or by the village
 * admin — any reviewer of the village may decide, so one village needs two reviewers, never one person
 * both registering and approving.
 */
export async function assertNotRecused(
  tx: TenantTx,
  declaration: DeclarationEntity,
  resident: ResidentEntity,
): Promise<void> {
  const me = tx.ctx.user?.id;
  if (declaration.declaredBy === me) {
    throw new ForbiddenException('不能审核本人提交或登记的申报（审核回避）');
  }
  if (resident.userId === me) throw new ForbiddenException('不能审核与本人有关的申报（审核回避）');
  if (!resident.householdId) return;
  const own = await ownResident(tx);
  if (own?.householdId === resident.householdId) {
    throw new ForbiddenException('不能审核本户家庭成员的申报（审核回避）');
  }
}
