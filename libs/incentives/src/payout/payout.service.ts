import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BadInputException,
  ConflictException,
  NotFoundException,
  Permission,
  updatedRows,
} from '@village/platform-common';
import {
  latestTally,
  linesOf,
  ScoringPeriodEntity,
  ScoringPeriodKind,
  ScoringPeriodStatus,
} from '@village/scoring';
import {
  auditOwner,
  OrgLevel,
  RequestContext,
  requireVisibleUnit,
  TenantDb,
  type TenantTx,
} from '@village/platform-tenancy';
import { PAYOUT_PLAN_STATUS_LABELS, PayoutPlanStatus } from './payout-enums';
import { payoutDigest, payoutLines, votePasses } from './payout-lines';
import { PayoutPlanEventEntity } from './payout-plan-event.entity';
import { PayoutPlanLineEntity } from './payout-plan-line.entity';
import { PayoutPlanEntity } from './payout-plan.entity';

export interface DraftPayoutCommand {
  periodId: string;
  centsPerPoint: number;
  title?: string | null;
}

export interface PayoutVoteCommand {
  planId: string;
  votedOn: string;
  expected: number;
  present: number;
  inFavour: number;
  against: number;
  abstained: number;
  note?: string | null;
}

const PERIOD_NAMES: Partial<Record<ScoringPeriodKind, (n: number) => string>> = {
  [ScoringPeriodKind.QUARTER]: (n) => `第${n}季度`,
  [ScoringPeriodKind.YEAR]: () => '年度',
};

/**
 * The fund's payout plan of a period (DOMAIN.md §10): drafted by the credit council from the period's
 * final tally, voted by the meeting of party members and representatives (the count recorded, the
 * outcome decided by ⅔ present and a majority of those present), posted, then paid. Each step is one
 * conditional update from the status it requires, so parallel or repeated requests move a plan once;
 * the others get CONFLICT. Lines are frozen at drafting and the digest covers them.
 */
@Injectable()
export class PayoutService {
  constructor(private readonly db: TenantDb) {}

  draft(ctx: RequestContext, input: DraftPayoutCommand): Promise<PayoutPlanEntity> {
    return this.db.run(ctx, async (tx) => {
      const period = await tx.findOne(ScoringPeriodEntity, { where: { id: input.periodId } });
      if (!period) throw new NotFoundException('periodId：找不到该考核周期，或您无权查看');
      auditOwner(ctx, period, `${period.year}年${periodName(period)}`);
      ctx.assertCan(Permission.FUND_MANAGE, period);
      const name = PERIOD_NAMES[period.kind];
      if (!name) throw BadInputException.field('periodId', '只有季度或年度可以制定资金发放方案');
      if (period.status !== ScoringPeriodStatus.FINAL) {
        throw BadInputException.field(
          'periodId',
          `${period.year}年${name(period.number)}尚未定案（公示期结束并定案后才能据此起草发放方案）`,
        );
      }
      const tally = await latestTally(tx, period.id);
      if (!tally) throw BadInputException.field('periodId', '该周期没有核算结果');
      const lines = payoutLines(await linesOf(tx, tally), input.centsPerPoint);
      const villageId = period.villageId as string;
      const digest = payoutDigest({
        villageId,
        periodId: period.id,
        tallyId: tally.id,
        centsPerPoint: input.centsPerPoint,
        lines,
      });
      const id = randomUUID();
      const title = input.title?.trim() || `${period.year}年${name(period.number)}积分奖励发放方案`;
      const keys = { districtId: period.districtId, townId: period.townId as string, villageId };
      // Parallel drafts of one period: the partial unique index lets one in, the rest insert nothing.
      const inserted = (await tx.query(
        `INSERT INTO payout_plan (id, district_id, town_id, village_id, period_id, period_kind, year, period_number,
                                  tally_id, title, cents_per_point, total_cents, line_count, digest, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'DRAFTED', $15)
         ON CONFLICT (period_id) WHERE status <> 'REJECTED' DO NOTHING
         RETURNING id`,
        [
          id,
          keys.districtId,
          keys.townId,
          keys.villageId,
          period.id,
          period.kind,
          period.year,
          period.number,
          tally.id,
          title,
          input.centsPerPoint,
          lines.reduce((sum, line) => sum + line.amountCents, 0),
          lines.length,
          digest,
          ctx.requireUser().id,
        ],
      )) as unknown[];
      if (inserted.length === 0) {
        throw new ConflictException('该周期已有未被否决的发放方案，不能重复起草', [
          { field: 'periodId', reasons: ['已有方案'] },
        ]);
      }
      if (lines.length > 0) {
        await tx.insert(
          PayoutPlanLineEntity,
          lines.map((line) => ({ id: randomUUID(), ...keys, planId: id, ...line })),
        );
      }
      await event(tx, ctx, { id, ...keys }, PayoutPlanStatus.DRAFTED, `每分 ${yuan(input.centsPerPoint)} 元`);
      return tx.findOneByOrFail(PayoutPlanEntity, { id });
    });
  }

  recordVote(ctx: RequestContext, input: PayoutVoteCommand): Promise<PayoutPlanEntity> {
    return this.db.run(ctx, async (tx) => {
      const plan = await this.managed(tx, ctx, input.planId);
      if (input.present > input.expected) {
        throw BadInputException.field(
          'present',
          `实到人数（${input.present}）不能多于应到人数（${input.expected}）`,
        );
      }
      const cast = input.inFavour + input.against + input.abstained;
      if (cast > input.present) {
        throw BadInputException.field(
          'inFavour',
          `赞成、反对、弃权合计 ${cast} 人，多于实到的 ${input.present} 人`,
        );
      }
      const passed = votePasses(input);
      const status = passed ? PayoutPlanStatus.VOTED : PayoutPlanStatus.REJECTED;
      await move(tx, plan, PayoutPlanStatus.DRAFTED, status, {
        vote_expected: input.expected,
        vote_present: input.present,
        vote_for: input.inFavour,
        vote_against: input.against,
        vote_abstain: input.abstained,
        voted_on: input.votedOn,
      });
      const tallyNote =
        `应到 ${input.expected} 人，实到 ${input.present} 人；赞成 ${input.inFavour}，反对 ${input.against}，` +
        `弃权 ${input.abstained}；${passed ? '通过' : '未通过'}`;
      const note = input.note?.trim() ? `${tallyNote}。${input.note.trim()}` : tallyNote;
      await event(tx, ctx, plan, status, note.slice(0, 500));
      return tx.findOneByOrFail(PayoutPlanEntity, { id: plan.id });
    });
  }

  post(ctx: RequestContext, planId: string): Promise<PayoutPlanEntity> {
    return this.db.run(ctx, async (tx) => {
      const plan = await this.managed(tx, ctx, planId);
      await move(tx, plan, PayoutPlanStatus.VOTED, PayoutPlanStatus.POSTED, { posted_at: new Date() });
      await event(tx, ctx, plan, PayoutPlanStatus.POSTED, `摘要 ${plan.digest}`);
      return tx.findOneByOrFail(PayoutPlanEntity, { id: plan.id });
    });
  }

  markPaid(ctx: RequestContext, input: { planId: string; paidOn: string; note?: string | null }) {
    return this.db.run(ctx, async (tx) => {
      const plan = await this.managed(tx, ctx, input.planId);
      await move(tx, plan, PayoutPlanStatus.POSTED, PayoutPlanStatus.PAID, { paid_on: input.paidOn });
      await event(tx, ctx, plan, PayoutPlanStatus.PAID, input.note?.trim() || null);
      return tx.findOneByOrFail(PayoutPlanEntity, { id: plan.id });
    });
  }

  plans(ctx: RequestContext, filter: { villageId: string; year?: number | null }) {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleUnit(tx, filter.villageId, OrgLevel.VILLAGE, 'villageId');
      return tx.find(PayoutPlanEntity, {
        where: { villageId: filter.villageId, ...(filter.year ? { year: filter.year } : {}) },
        order: { year: 'DESC', periodNumber: 'DESC', createdAt: 'DESC' },
        take: 200,
      });
    });
  }

  plan(ctx: RequestContext, planId: string): Promise<PayoutPlanEntity> {
    return this.db.run(ctx, (tx) => visiblePlan(tx, planId));
  }

  lines(ctx: RequestContext, plan: PayoutPlanEntity): Promise<PayoutPlanLineEntity[]> {
    return this.db.run(ctx, (tx) =>
      tx.find(PayoutPlanLineEntity, {
        where: { villageId: plan.villageId, planId: plan.id },
        order: { position: 'ASC' },
      }),
    );
  }

  events(ctx: RequestContext, plan: PayoutPlanEntity): Promise<PayoutPlanEventEntity[]> {
    return this.db.run(ctx, (tx) =>
      tx.find(PayoutPlanEventEntity, {
        where: { villageId: plan.villageId, planId: plan.id },
        order: { createdAt: 'ASC' },
      }),
    );
  }

  private async managed(tx: TenantTx, ctx: RequestContext, planId: string): Promise<PayoutPlanEntity> {
    const plan = await visiblePlan(tx, planId);
    auditOwner(ctx, plan, plan.title);
    ctx.assertCan(Permission.FUND_MANAGE, plan);
    return plan;
  }
}

async function visiblePlan(tx: TenantTx, planId: string): Promise<PayoutPlanEntity> {
  const plan = await tx.findOne(PayoutPlanEntity, { where: { id: planId } });
  if (!plan) throw new NotFoundException('planId：找不到该发放方案，或您无权查看');
  return plan;
}

/** One step: a conditional update from the status the step requires, or CONFLICT naming the status. */
async function move(
  tx: TenantTx,
  plan: PayoutPlanEntity,
  from: PayoutPlanStatus,
  to: PayoutPlanStatus,
  facts: Record<string, unknown>,
): Promise<void> {
  const columns = Object.keys(facts);
  const sets = columns.map((column, i) => `${column} = $${i + 4}`);
  const moved = updatedRows(
    await tx.query(
      `UPDATE payout_plan SET status = $3${sets.length ? `, ${sets.join(', ')}` : ''}
        WHERE id = $1 AND status = $2 RETURNING id`,
      [plan.id, from, to, ...columns.map((column) => facts[column])],
    ),
  );
  if (moved.length === 0) {
    const now = await tx.findOneByOrFail(PayoutPlanEntity, { id: plan.id });
    throw new ConflictException(
      `该方案现为「${PAYOUT_PLAN_STATUS_LABELS[now.status]}」，只有「${PAYOUT_PLAN_STATUS_LABELS[from]}」的方案可以进行这一步`,
      [{ field: 'planId', reasons: ['状态不符'] }],
    );
  }
}

async function event(
  tx: TenantTx,
  ctx: RequestContext,
  plan: { id: string; districtId: string; townId: string | null; villageId: string | null },
  status: PayoutPlanStatus,
  note: string | null,
): Promise<void> {
  await tx.insert(PayoutPlanEventEntity, {
    id: randomUUID(),
    districtId: plan.districtId,
    townId: plan.townId as string,
    villageId: plan.villageId as string,
    planId: plan.id,
    status,
    note,
    createdBy: ctx.requireUser().id,
  });
}

function periodName(period: ScoringPeriodEntity): string {
  return PERIOD_NAMES[period.kind]?.(period.number) ?? `${period.number}月`;
}

function yuan(cents: number): string {
  return (cents / 100).toFixed(2);
}
