import { randomUUID } from 'node:crypto';
import { affectedRows, ConflictException } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { REDEMPTION_STATUS_LABELS, RedemptionStatus } from './redemption-enums';
import { RedemptionEventEntity } from './redemption-event.entity';
import { RedemptionEntity } from './redemption.entity';

export type RedemptionStep = 'PICKUP' | 'CANCEL' | 'EXPIRE' | 'REFUND_REQUEST' | 'REFUND';

/**
 * A step already taken under this client key: the same step on the same redemption returns it (a
 * retry); anything else under the key is a CONFLICT. The key is locked first, so a retry racing its
 * original waits and then finds it.
 */
export async function priorStep(
  tx: TenantTx,
  clientKey: string,
  step: RedemptionStep,
  redemptionId: string | null,
): Promise<RedemptionEntity | null> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`redemption-step:${clientKey}`]);
  const event = await tx.findOne(RedemptionEventEntity, { where: { clientKey } });
  if (!event) return null;
  if (event.step !== step || (redemptionId !== null && event.redemptionId !== redemptionId)) {
    throw new ConflictException(`请求标识 ${clientKey} 已用于另一步操作`, [
      { field: 'clientKey', reasons: ['已用于另一步操作'] },
    ]);
  }
  return tx.findOneByOrFail(RedemptionEntity, { id: event.redemptionId });
}

/** The redemption, locked, in the status a step needs; otherwise a CONFLICT saying what it is now. */
export async function lockInStatus(
  tx: TenantTx,
  redemption: RedemptionEntity,
  needed: RedemptionStatus,
  action: string,
): Promise<RedemptionEntity> {
  const [row] = (await tx.query('SELECT status FROM redemption WHERE id = $1 FOR UPDATE', [
    redemption.id,
  ])) as {
    status: RedemptionStatus;
  }[];
  if (row?.status !== needed) {
    throw new ConflictException(
      `该兑换单当前为「${REDEMPTION_STATUS_LABELS[row?.status ?? redemption.status]}」，不能${action}`,
      [{ field: 'redemptionId', reasons: [`不能${action}`] }],
    );
  }
  return tx.findOneByOrFail(RedemptionEntity, { id: redemption.id });
}

/** Moves the status from `from` to `to` (conditional: exactly the row read) and records the step. */
export async function recordStep(
  tx: TenantTx,
  redemption: RedemptionEntity,
  to: RedemptionStatus,
  step: RedemptionStep,
  clientKey: string,
  reason: string | null,
): Promise<RedemptionEntity> {
  if (to !== redemption.status) {
    const moved = await tx.query('UPDATE redemption SET status = $3 WHERE id = $1 AND status = $2', [
      redemption.id,
      redemption.status,
      to,
    ]);
    if (affectedRows(moved) !== 1) throw new ConflictException('该兑换单刚被他人处理，请刷新后再试');
  }
  await tx.insert(RedemptionEventEntity, {
    id: randomUUID(),
    districtId: redemption.districtId,
    townId: redemption.townId,
    villageId: redemption.villageId,
    redemptionId: redemption.id,
    fromStatus: redemption.status,
    toStatus: to,
    step,
    reason,
    clientKey,
    createdBy: tx.ctx.user?.id ?? null,
  });
  return tx.findOneByOrFail(RedemptionEntity, { id: redemption.id });
}
