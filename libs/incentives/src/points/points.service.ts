import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { notFound, Permission, UnauthenticatedException, type ChainCheck } from '@village/platform-common';
import {
  auditOwner,
  OrgUnitEntity,
  RequestContext,
  requireVisibleVillage,
  TenantDb,
  type TenantTx,
} from '@village/platform-tenancy';
import { ownResident, ResidentEntity } from '@village/residents';
import { holderOf } from './points-accounts';
import { PointsAccountEntity } from './points-account.entity';
import { checkPointsChain } from './points-chain';
import { expireLots } from './points-expiry';
import { PointsLotEntity } from './points-lot.entity';
import { PointsMovementEntity } from './points-movement.entity';
import { effectivePointsPolicy, type PointsPolicy } from './points-policy';
import { PointsPolicyEntity } from './points-policy.entity';

export interface PointsStatement {
  account: PointsAccountEntity | null;
  /** Lots with points left, soonest expiry first. */
  lots: PointsLotEntity[];
  /** Newest first (the latest 200). */
  movements: PointsMovementEntity[];
}

/** Redeemable points: the policy, a resident's statement, the chain check, the expiry job. */
@Injectable()
export class PointsService {
  constructor(private readonly db: TenantDb) {}

  /** A district's (or a town's own) new policy; history is kept, the newest row is in force. */
  setPolicy(ctx: RequestContext, unitId: string, policy: PointsPolicy): Promise<PointsPolicyEntity> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: unitId } });
      if (!unit || unit.villageId) throw notFound('unitId', '区或镇');
      auditOwner(ctx, unit, unit.name);
      ctx.assertCan(Permission.POINTS_POLICY_MANAGE, unit);
      const id = randomUUID();
      await tx.insert(PointsPolicyEntity, {
        id,
        districtId: unit.districtId,
        townId: unit.townId,
        villageId: null,
        ...policy,
        createdBy: ctx.user?.id ?? null,
      });
      return tx.findOneByOrFail(PointsPolicyEntity, { id });
    });
  }

  /** The policy in force for a unit's residents (a district's own for the district). */
  policyFor(ctx: RequestContext, unitId: string): Promise<PointsPolicy> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: unitId } });
      if (!unit) throw notFound('unitId', '组织单元');
      return effectivePointsPolicy(tx, unit);
    });
  }

  myStatement(ctx: RequestContext): Promise<PointsStatement> {
    return this.db.run(ctx, async (tx) => {
      const resident = await ownResident(tx);
      if (!resident) throw new UnauthenticatedException('请以村民本人账号登录');
      return statementOf(tx, resident);
    });
  }

  residentStatement(ctx: RequestContext, residentId: string): Promise<PointsStatement> {
    return this.db.run(ctx, async (tx) => {
      const resident = await tx.findOne(ResidentEntity, { where: { id: residentId } });
      if (!resident || !ctx.can(Permission.POINTS_READ, resident)) throw notFound('residentId', '村民');
      return statementOf(tx, resident);
    });
  }

  /** Recomputes a village's points chain, and that each balance is the sum of its movements. */
  checkChain(ctx: RequestContext, villageId: string): Promise<ChainCheck & { balancesMatch: boolean }> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      ctx.assertCan(Permission.POINTS_READ, village);
      const chain = await checkPointsChain(tx, village.id);
      const [mismatch] = (await tx.query(
        `SELECT a.id FROM points_account a
           LEFT JOIN (SELECT account_id, sum(points) AS total FROM points_movement GROUP BY account_id) m
             ON m.account_id = a.id
          WHERE a.village_id = $1 AND a.balance <> coalesce(m.total, 0)
          LIMIT 1`,
        [village.id],
      )) as unknown[];
      return { ...chain, balancesMatch: !mismatch };
    });
  }

  /** Expires lots past their last day (the job, as a district's system context); idempotent. */
  expire(ctx: RequestContext, today: string): Promise<number> {
    return this.db.run(ctx, (tx) => expireLots(tx, today));
  }
}

async function statementOf(tx: TenantTx, resident: ResidentEntity): Promise<PointsStatement> {
  const village = await tx.findOneByOrFail(OrgUnitEntity, { id: resident.villageId });
  const holder = holderOf(await effectivePointsPolicy(tx, village), resident);
  const account = await tx.findOne(PointsAccountEntity, {
    where: holder.householdId ? { householdId: holder.householdId } : { residentId: resident.id },
  });
  if (!account) return { account: null, lots: [], movements: [] };
  const lots = await tx
    .createQueryBuilder(PointsLotEntity, 'l')
    .where('l.accountId = :id AND l.remaining > 0', { id: account.id })
    .orderBy('l.expiresOn', 'ASC', 'NULLS LAST')
    .addOrderBy('l.id', 'ASC')
    .getMany();
  const movements = await tx.find(PointsMovementEntity, {
    where: { accountId: account.id },
    order: { seq: 'DESC' },
    take: 200,
  });
  return { account, lots, movements };
}
