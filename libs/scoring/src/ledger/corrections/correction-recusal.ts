import { ForbiddenException } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';

/**
 * Recusal (回避), as reviews of declarations keep it, widened to the household: a reviewer does not
 * propose or decide a correction of their own points or of a member of their household (a correction
 * moves points a household shares in its items and its standing). `proposedBy`, when given, is the
 * proposer: the second pair of eyes must be someone else.
 */
export async function assertNotRecused(
  tx: TenantTx,
  subjectResidentId: string,
  proposedBy?: string,
): Promise<void> {
  const me = tx.ctx.user?.id ?? null;
  if (proposedBy !== undefined && proposedBy === me) {
    throw new ForbiddenException('更正须由另一名审核人员确认或驳回，提出人不能自己确认（双人复核）');
  }
  const subject = await tx.findOneByOrFail(ResidentEntity, { id: subjectResidentId });
  if (subject.userId !== null && subject.userId === me) {
    throw new ForbiddenException('不能提出或审核与本人有关的台账更正（审核回避）');
  }
  if (!me || !subject.householdId) return;
  const mine = await tx.findOne(ResidentEntity, {
    where: { userId: me, householdId: subject.householdId },
  });
  if (mine) throw new ForbiddenException('不能提出或审核本户成员的台账更正（审核回避）');
}
