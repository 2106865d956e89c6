import { Injectable } from '@nestjs/common';
import {
  BadInputException,
  ForbiddenException,
  notFound,
  Permission,
  todayInChina,
  UnauthenticatedException,
} from '@village/platform-common';
import { auditOwner, RequestContext, TenantDb, type TenantTx } from '@village/platform-tenancy';
import { ownResident } from '@village/residents';
import { ShopEntity } from '../shops/shop.entity';
import { RedemptionStatus } from './redemption-enums';
import { RedemptionEntity } from './redemption.entity';
import { releaseRedemption } from './release';
import { priorStep, lockInStatus, recordStep } from './redemption-steps';
import { reservationInputs, reserve, type ReserveRequest } from './reserve';

/**
 * The redemption state machine (DOMAIN.md §10): RESERVED → PICKED_UP | CANCELLED | EXPIRED, and
 * PICKED_UP → REFUNDED with a clerk's request and another cadre's approval. One transaction per step;
 * every step idempotent by its client key.
 */
@Injectable()
export class RedemptionService {
  constructor(private readonly db: TenantDb) {}

  /** A resident reserves for themself from the phone. */
  reserveOwn(ctx: RequestContext, request: ReserveRequest): Promise<RedemptionEntity> {
    return this.db.run(ctx, async (tx) => {
      const resident = await ownResident(tx);
      if (!resident) throw new UnauthenticatedException('请以村民本人账号登录后兑换');
      auditOwner(ctx, resident, resident.name);
      ctx.assertCan(Permission.REDEEM, resident);
      return reserve(
        tx,
        await reservationInputs(tx, resident.id, request.goodsId, request.clientKey),
        request,
      );
    });
  }

  /** A clerk reserves for a resident without a phone, recording what the resident confirmed. */
  reserveFor(
    ctx: RequestContext,
    residentId: string,
    request: ReserveRequest & { onBehalf: { residentConfirmation: string } },
  ): Promise<RedemptionEntity> {
    return this.db.run(ctx, async (tx) => {
      const inputs = await reservationInputs(tx, residentId, request.goodsId, request.clientKey);
      auditOwner(ctx, inputs.shop, inputs.shop.name);
      ctx.assertCan(Permission.REDEMPTION_COUNTER, inputs.shop);
      return reserve(tx, inputs, request);
    });
  }

  /** The clerk confirms a pickup with the code the resident shows. */
  confirmPickup(
    ctx: RequestContext,
    input: { shopId: string; pickupCode: string; clientKey: string },
  ): Promise<RedemptionEntity> {
    return this.db.run(ctx, async (tx) => {
      const shop = await tx.findOne(ShopEntity, { where: { id: input.shopId } });
      if (!shop) throw notFound('shopId', '兑换点');
      auditOwner(ctx, shop, shop.name);
      ctx.assertCan(Permission.REDEMPTION_COUNTER, shop);
      const prior = await priorStep(tx, input.clientKey, 'PICKUP', null);
      if (prior) return prior;
      const found = await tx.findOne(RedemptionEntity, {
        where: { shopId: shop.id, pickupCode: input.pickupCode, status: RedemptionStatus.RESERVED },
      });
      if (!found) throw BadInputException.field('pickupCode', '没有与此取货码相符的待领取兑换单');
      const redemption = await lockInStatus(tx, found, RedemptionStatus.RESERVED, '确认领取');
      if (redemption.pickupBy < todayInChina()) {
        throw BadInputException.field(
          'pickupCode',
          `已过领取期限（${redemption.pickupBy}），兑换单将自动退回`,
        );
      }
      return recordStep(tx, redemption, RedemptionStatus.PICKED_UP, 'PICKUP', input.clientKey, null);
    });
  }

  /** The resident (their own) or the shop's clerk cancels before pickup: points and stock back. */
  cancel(
    ctx: RequestContext,
    input: { redemptionId: string; reason: string | null; clientKey: string },
  ): Promise<RedemptionEntity> {
    return this.db.run(ctx, async (tx) => {
      const found = await this.visible(tx, input.redemptionId);
      const prior = await priorStep(tx, input.clientKey, 'CANCEL', found.id);
      if (prior) return prior;
      await this.assertResidentOrClerk(tx, found);
      const redemption = await lockInStatus(tx, found, RedemptionStatus.RESERVED, '取消');
      const reason = input.reason ?? '取消兑换';
      await releaseRedemption(tx, redemption, todayInChina(), `取消兑换：${reason}`);
      return recordStep(tx, redemption, RedemptionStatus.CANCELLED, 'CANCEL', input.clientKey, reason);
    });
  }

  /** After pickup, a clerk asks for a refund (the good came back) with a reason. */
  requestRefund(
    ctx: RequestContext,
    input: { redemptionId: string; reason: string; clientKey: string },
  ): Promise<RedemptionEntity> {
    return this.db.run(ctx, async (tx) => {
      const found = await this.visible(tx, input.redemptionId);
      const prior = await priorStep(tx, input.clientKey, 'REFUND_REQUEST', found.id);
      if (prior) return prior;
      const shop = await tx.findOneByOrFail(ShopEntity, { id: found.shopId });
      auditOwner(ctx, shop, shop.name);
      ctx.assertCan(Permission.REDEMPTION_COUNTER, shop);
      const redemption = await lockInStatus(tx, found, RedemptionStatus.PICKED_UP, '申请退回');
      if (redemption.refundRequestedBy) throw BadInputException.field('redemptionId', '已申请退回，等待复核');
      await tx.query('UPDATE redemption SET refund_requested_by = $2, refund_reason = $3 WHERE id = $1', [
        redemption.id,
        ctx.user?.id ?? null,
        input.reason,
      ]);
      const updated = await tx.findOneByOrFail(RedemptionEntity, { id: redemption.id });
      return recordStep(
        tx,
        updated,
        RedemptionStatus.PICKED_UP,
        'REFUND_REQUEST',
        input.clientKey,
        input.reason,
      );
    });
  }

  /** Another cadre approves the refund: points, stock and quotas back (REFUNDED). */
  approveRefund(
    ctx: RequestContext,
    input: { redemptionId: string; clientKey: string },
  ): Promise<RedemptionEntity> {
    return this.db.run(ctx, async (tx) => {
      const found = await this.visible(tx, input.redemptionId);
      const prior = await priorStep(tx, input.clientKey, 'REFUND', found.id);
      if (prior) return prior;
      auditOwner(ctx, found, found.goodsName);
      ctx.assertCan(Permission.REDEMPTION_REFUND_APPROVE, found);
      const redemption = await lockInStatus(tx, found, RedemptionStatus.PICKED_UP, '退回');
      if (!redemption.refundRequestedBy) throw BadInputException.field('redemptionId', '尚未由店员申请退回');
      if (redemption.refundRequestedBy === ctx.user?.id) {
        throw new ForbiddenException('退回须由申请人以外的另一名干部复核');
      }
      const reason = redemption.refundReason ?? '退回';
      await releaseRedemption(tx, redemption, todayInChina(), `兑换退回：${reason}`);
      return recordStep(tx, redemption, RedemptionStatus.REFUNDED, 'REFUND', input.clientKey, reason);
    });
  }

  /**
   * Reservations not picked up by their last day expire, points and stock back (the job, run as a
   * district's system context). A rerun finds them no longer RESERVED and does nothing.
   */
  expireOverdue(ctx: RequestContext, today: string): Promise<number> {
    return this.db.run(ctx, async (tx) => {
      const overdue = (await tx.query(
        `SELECT id FROM redemption WHERE status = 'RESERVED' AND pickup_by < $1 ORDER BY id`,
        [today],
      )) as { id: string }[];
      for (const { id } of overdue) {
        const found = await tx.findOneByOrFail(RedemptionEntity, { id });
        const redemption = await lockInStatus(tx, found, RedemptionStatus.RESERVED, '逾期退回');
        await releaseRedemption(tx, redemption, today, `逾期未领（领取期限 ${redemption.pickupBy}）`);
        await recordStep(tx, redemption, RedemptionStatus.EXPIRED, 'EXPIRE', `expire:${id}`, '逾期未领取');
      }
      return overdue.length;
    });
  }

  private async visible(tx: TenantTx, redemptionId: string): Promise<RedemptionEntity> {
    const redemption = await tx.findOne(RedemptionEntity, { where: { id: redemptionId } });
    if (!redemption) throw notFound('redemptionId', '兑换单');
    return redemption;
  }

  private async assertResidentOrClerk(tx: TenantTx, redemption: RedemptionEntity): Promise<void> {
    const { ctx } = tx;
    const own = await ownResident(tx);
    if (own?.id === redemption.residentId) return;
    const shop = await tx.findOneByOrFail(ShopEntity, { id: redemption.shopId });
    auditOwner(ctx, shop, shop.name);
    ctx.assertCan(Permission.REDEMPTION_COUNTER, shop);
  }
}
