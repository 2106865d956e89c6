import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  isCivilDate,
  Permission,
  todayInChina,
  notFound,
} from '@village/platform-common';
import {
  groupBy,
  RequestContext,
  TenantDb,
  villageTenant,
  auditOwner,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { ruleYear, effectiveList } from '@village/rulebook';
import { assertAcceptsEntryFor, LATE_ENTRY_DAYS } from './late-entry';
import { periodNumbersOf, periodsOfYear } from './period-calendar';
import {
  NEXT_PERIOD_STATUS,
  PERIOD_KIND_LABELS,
  PERIOD_STATUS_LABELS,
  ScoringPeriodKind,
  ScoringPeriodStatus,
} from './period-enums';
import { ScoringPeriodEventEntity } from './scoring-period-event.entity';
import { ScoringPeriodEntity } from './scoring-period.entity';

const KIND_ORDER: Record<ScoringPeriodKind, number> = { MONTH: 0, QUARTER: 1, YEAR: 2 };

export function periodLabel(p: Pick<ScoringPeriodEntity, 'kind' | 'year' | 'number'>): string {
  if (p.kind === ScoringPeriodKind.MONTH) return `${p.year} 年 ${p.number} 月`;
  if (p.kind === ScoringPeriodKind.QUARTER) return `${p.year} 年第 ${p.number} 季度`;
  return `${p.year} 年度`;
}

export interface PeriodsOfDate {
  month: ScoringPeriodEntity;
  quarter: ScoringPeriodEntity;
  year: ScoringPeriodEntity;
}

/**
 * The scoring calendar of a village: months, quarters and the year, opened once an adopted scoring list
 * exists for that year. Tallies, notices and declarations move and read these periods.
 */
@Injectable()
export class ScoringPeriodService {
  constructor(private readonly db: TenantDb) {}

  /** Opens the 17 periods of a year in one transaction; calling it again returns the same periods. */
  openYear(ctx: RequestContext, villageId: string, year: number): Promise<ScoringPeriodEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.SCORING_LIST_MANAGE, village);
      const periodYear = ruleYear(year);
      if (!(await effectiveList(tx, village.id, periodYear))) {
        throw BadInputException.field(
          'year',
          `${village.name}尚无经村民代表大会通过的 ${periodYear} 年度积分评价清单，不能开启该年度积分期间`,
        );
      }
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `scoring_period:${village.id}:${periodYear}`,
      ]);
      const existing = await tx.find(ScoringPeriodEntity, {
        where: { villageId: village.id, year: periodYear },
      });
      const have = new Set(existing.map((p) => `${p.kind}:${p.number}`));
      const userId = ctx.user?.id ?? null;
      const missing = periodsOfYear(periodYear)
        .filter((span) => !have.has(`${span.kind}:${span.number}`))
        .map((span) => ({
          id: randomUUID(),
          ...villageTenant(village),
          ...span,
          status: ScoringPeriodStatus.OPEN,
          createdBy: userId,
        }));
      if (missing.length) {
        await tx.insert(ScoringPeriodEntity, missing);
        await tx.insert(
          ScoringPeriodEventEntity,
          missing.map((p) => ({
            id: randomUUID(),
            ...villageTenant(village),
            periodId: p.id,
            fromStatus: null,
            toStatus: ScoringPeriodStatus.OPEN,
            reason: `开启 ${periodYear} 年度积分期间`,
            createdBy: userId,
          })),
        );
      }
      return this.ofYear(tx, village.id, periodYear);
    });
  }

  list(ctx: RequestContext, villageId: string, year: number): Promise<ScoringPeriodEntity[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      return this.ofYear(tx, villageId, ruleYear(year));
    });
  }

  /** The month, quarter and year containing `date`; null when that year's periods are not opened. */
  periodsFor(ctx: RequestContext, villageId: string, date: string): Promise<PeriodsOfDate | null> {
    if (!isCivilDate(date)) throw BadInputException.field('date', '必须是有效日期（YYYY-MM-DD）');
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      return periodsContaining(tx, villageId, date);
    });
  }

  /** A period's status history, oldest first; batched per request (a year's 17 periods, one query). */
  async history(ctx: RequestContext, periodId: string): Promise<ScoringPeriodEventEntity[]> {
    const loader = ctx.loaders.of('period.history', (ids: readonly string[]) =>
      this.db.run(ctx, async (tx) => {
        const events = await tx.find(ScoringPeriodEventEntity, {
          where: { periodId: In([...ids]) },
          order: { createdAt: 'ASC' },
        });
        return groupBy(events, (e) => e.periodId);
      }),
    );
    return (await loader.load(periodId)) ?? [];
  }

  /**
   * Closes a month's registration by hand (OPEN → CLOSED). Quarters and the year move only through
   * their work — tally, public notice, final — which call `advancePeriod` inside their transactions,
   * so nobody can mark a quarter final without its tally or past an unanswered objection.
   */
  closeMonth(
    ctx: RequestContext,
    periodId: string,
    to: ScoringPeriodStatus,
    reason: string,
  ): Promise<ScoringPeriodEntity> {
    return this.db.run(ctx, async (tx) => {
      const period = await tx.findOne(ScoringPeriodEntity, { where: { id: periodId } });
      if (period && period.kind !== ScoringPeriodKind.MONTH) {
        throw BadInputException.field(
          'id',
          `${periodLabel(period)}通过核算（tallyPeriod）、公示（publishTally）和定案（finalizePeriod）推进，不能直接改状态`,
        );
      }
      return advancePeriod(tx, periodId, to, reason);
    });
  }

  /**
   * Refuses (BAD_USER_INPUT on `date`) an entry for an act on `actDate` that is too late, in the future,
   * in a year whose periods are not opened, or in a quarter no longer OPEN. For declarations.
   */
  assertAcceptsEntry(
    ctx: RequestContext,
    villageId: string,
    actDate: string,
    today: string = todayInChina(),
  ): Promise<PeriodsOfDate> {
    return this.db.run(ctx, (tx) => assertEntryAccepted(tx, villageId, actDate, today));
  }

  private ofYear(tx: TenantTx, villageId: string, year: number): Promise<ScoringPeriodEntity[]> {
    return tx
      .find(ScoringPeriodEntity, { where: { villageId, year } })
      .then((rows) => rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number - b.number));
  }
}

/** For services already inside a transaction (tallies, notices): the same check and event. */
export async function advancePeriod(
  tx: TenantTx,
  periodId: string,
  to: ScoringPeriodStatus,
  reason: string,
  permission: Permission = Permission.SCORING_LIST_MANAGE,
): Promise<ScoringPeriodEntity> {
  const { ctx } = tx;
  const period = await tx.findOne(ScoringPeriodEntity, {
    where: { id: periodId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!period) throw notFound('id', '积分期间');
  auditOwner(ctx, period, periodLabel(period));
  ctx.assertCan(permission, period);
  if (!reason.trim()) throw BadInputException.field('reason', '不能为空');
  const next = NEXT_PERIOD_STATUS[period.kind][period.status];
  if (to !== next) {
    const from = PERIOD_STATUS_LABELS[period.status];
    throw new ConflictException(
      next
        ? `${periodLabel(period)}当前为「${from}」，只能进入「${PERIOD_STATUS_LABELS[next]}」，不能改为「${PERIOD_STATUS_LABELS[to]}」（期间状态只进不退）`
        : `${periodLabel(period)}已是「${from}」，不能再变更（${PERIOD_KIND_LABELS[period.kind]}期间状态只进不退）`,
      [{ field: 'to', reasons: ['不允许的状态变更'] }],
    );
  }
  await recordPeriodMoves(tx, [period], to, reason.trim());
  return { ...period, status: to };
}

/**
 * Moves periods already checked to be in the same status, with one UPDATE and one INSERT of their
 * events (a tallied quarter closes its three months at once). The forward-only trigger still checks
 * every row.
 */
export async function recordPeriodMoves(
  tx: TenantTx,
  periods: readonly ScoringPeriodEntity[],
  to: ScoringPeriodStatus,
  reason: string,
): Promise<void> {
  const { ctx } = tx;
  if (periods.length === 0) return;
  await tx.update(ScoringPeriodEntity, { id: In(periods.map((p) => p.id)) }, { status: to });
  await tx.insert(
    ScoringPeriodEventEntity,
    periods.map((period) => ({
      id: randomUUID(),
      districtId: period.districtId,
      townId: period.townId,
      villageId: period.villageId,
      periodId: period.id,
      fromStatus: period.status,
      toStatus: to,
      reason,
      createdBy: ctx.user?.id ?? null,
    })),
  );
}

/** The opened month, quarter and year of a village containing `date`, or null. */
export async function periodsContaining(
  tx: TenantTx,
  villageId: string,
  date: string,
): Promise<PeriodsOfDate | null> {
  const { year, month, quarter } = periodNumbersOf(date);
  const rows = await tx.find(ScoringPeriodEntity, { where: { villageId, year } });
  const pick = (kind: ScoringPeriodKind, number: number) =>
    rows.find((p) => p.kind === kind && p.number === number);
  const found = {
    month: pick(ScoringPeriodKind.MONTH, month),
    quarter: pick(ScoringPeriodKind.QUARTER, quarter),
    year: pick(ScoringPeriodKind.YEAR, 1),
  };
  return found.month && found.quarter && found.year ? (found as PeriodsOfDate) : null;
}

/** The late-entry rule against the village's opened periods, inside the caller's transaction. */
export async function assertEntryAccepted(
  tx: TenantTx,
  villageId: string,
  actDate: string,
  today: string = todayInChina(),
  lateDays: number = LATE_ENTRY_DAYS,
  field = 'date',
): Promise<PeriodsOfDate> {
  assertAcceptsEntryFor(actDate, today, { lateDays }, field);
  const periods = await periodsContaining(tx, villageId, actDate);
  assertAcceptsEntryFor(actDate, today, { lateDays, quarterStatus: periods?.quarter.status ?? null }, field);
  return periods as PeriodsOfDate;
}
