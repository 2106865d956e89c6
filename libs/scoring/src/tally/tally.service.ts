import { Injectable, Inject } from '@nestjs/common';
import { In, LessThanOrEqual } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Permission,
  todayInChina,
} from '@village/platform-common';
import { RequestContext, TenantDb, auditOwner, type TenantTx } from '@village/platform-tenancy';
import { LedgerEntryEntity } from '../ledger/ledger-entry.entity';
import { GENESIS_HASH, verifyChain } from '../ledger/ledger-hash';
import { PERIOD_STATUS_LABELS, ScoringPeriodKind, ScoringPeriodStatus } from '../periods/period-enums';
import { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import { advancePeriod, periodLabel, recordPeriodMoves } from '../periods/scoring-period.service';
import { latestNotice, postNotice } from './notice-posting';
import { PublicNoticeEntity } from './public-notice.entity';
import { ScoreTallyLineEntity } from './score-tally-line.entity';
import { ScoreTallyEntity } from './score-tally.entity';
import { tallyContentHash } from './tally-hash';
import { ledgerSums } from './tally-inputs';
import { windowOf, writeTally } from './tally-writer';
import { YEAR_END_EVALUATION, type YearEndEvaluation } from './year-end-evaluation.port';

export interface TallyVerification {
  tallyId: string;
  valid: boolean;
  contentHashMatches: boolean;
  anchorMatches: boolean;
  chainValid: boolean;
  sumsMatch: boolean;
  problems: string[];
}

const PUBLISHED = [ScoringPeriodStatus.NOTICE, ScoringPeriodStatus.FINAL];

/**
 * Quarterly tallies and the year-end tally (核算): each an immutable, hashed snapshot anchored in the
 * ledger. The first tally of a period moves it OPEN → TALLIED and closes its months; later versions
 * come from corrections (upheld objections) while the period is TALLIED or under notice.
 */
@Injectable()
export class TallyService {
  constructor(
    private readonly db: TenantDb,
    @Inject(YEAR_END_EVALUATION) private readonly yearEnd: YearEndEvaluation,
  ) {}

  tally(ctx: RequestContext, periodId: string, reason?: string | null): Promise<ScoreTallyEntity> {
    return this.db.run(ctx, async (tx) => {
      const period = await lockPeriod(tx, periodId);
      auditOwner(ctx, period, periodLabel(period));
      ctx.assertCan(Permission.TALLY_MANAGE, period);
      if ((reason?.trim().length ?? 0) > 200)
        throw BadInputException.field('reason', '核算说明不能超过 200 字');
      if (period.kind === ScoringPeriodKind.MONTH) {
        throw BadInputException.field('periodId', '按季度或年度核算，月度期间不单独核算');
      }
      if (period.status === ScoringPeriodStatus.FINAL) {
        throw new ConflictException(`${periodLabel(period)}已定案，不能重新核算`, [
          { field: 'periodId', reasons: ['已定案'] },
        ]);
      }
      if (period.status === ScoringPeriodStatus.OPEN) await assertReadyForFirstTally(tx, period);
      const tally = await writeTally(tx, period, reason ?? '', this.yearEnd);
      if (period.status === ScoringPeriodStatus.NOTICE) {
        // A correction while the notice runs is posted again in the same window: what is posted is
        // always the latest version, and the period becomes final with it.
        const notice = await latestNotice(tx, period.id);
        if (notice) await postNotice(tx, period, tally, notice.startsOn, notice.endsOn);
      }
      if (period.status === ScoringPeriodStatus.OPEN) {
        await closeMonthsOf(tx, period);
        await advancePeriod(
          tx,
          period.id,
          ScoringPeriodStatus.TALLIED,
          `${periodLabel(period)}核算完成（第 ${tally.version} 版）`,
          Permission.TALLY_MANAGE,
        );
      }
      return tally;
    });
  }

  /** Every version of a period's tally, newest first: cadres see all, others only posted periods. */
  versions(ctx: RequestContext, periodId: string): Promise<ScoreTallyEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const period = await visiblePeriod(tx, periodId);
      const versions = await tx.find(ScoreTallyEntity, {
        where: { periodId: period.id },
        order: { version: 'DESC' },
      });
      if (ctx.can(Permission.RESIDENT_READ, period)) return versions;
      const posted = await postedTallyIds(tx, period.id);
      return versions.filter((v) => posted.has(v.id));
    });
  }

  /** One tally with its lines (ranked order), under the same visibility as `versions`. */
  withLines(
    ctx: RequestContext,
    tallyId: string,
  ): Promise<{ tally: ScoreTallyEntity; lines: ScoreTallyLineEntity[] }> {
    return this.db.run(ctx, async (tx) => {
      const tally = await tx.findOne(ScoreTallyEntity, { where: { id: tallyId } });
      const period = tally ? await visiblePeriod(tx, tally.periodId) : null;
      const readable =
        tally &&
        period &&
        (ctx.can(Permission.RESIDENT_READ, period) || (await postedTallyIds(tx, period.id)).has(tally.id));
      if (!tally || !readable) throw new NotFoundException('tallyId：找不到该核算结果，或您无权查看');
      return { tally, lines: await linesOf(tx, tally) };
    });
  }

  /**
   * Checks a tally months later: its stored lines still hash to its content hash, the ledger entry it is
   * anchored to still carries the anchor hash, the chain up to it is intact, and the ledger up to the
   * anchor still sums to the posted points. Later corrections sit after the anchor and change nothing.
   */
  verify(ctx: RequestContext, tallyId: string): Promise<TallyVerification> {
    return this.db.run(ctx, async (tx) => {
      const tally = await tx.findOne(ScoreTallyEntity, { where: { id: tallyId } });
      if (!tally) throw new NotFoundException('tallyId：找不到该核算结果，或您无权查看');
      if (!ctx.can(Permission.AUDIT_READ, tally) && !ctx.can(Permission.TALLY_MANAGE, tally)) {
        throw new ForbiddenException('只有审计人员和村信用议事会可以核验核算结果');
      }
      const lines = await linesOf(tx, tally);
      const problems: string[] = [];
      const contentHashMatches =
        tallyContentHash({ ...tally, villageId: tally.villageId as string }, lines) === tally.contentHash;
      if (!contentHashMatches) problems.push('核算结果内容与其哈希不符：公示数据被改动');

      const chain = await tx.find(LedgerEntryEntity, {
        where: { villageId: tally.villageId as string, seq: LessThanOrEqual(tally.ledgerSeq) },
        order: { seq: 'ASC' },
      });
      const anchorRow = chain[chain.length - 1];
      const anchorMatches =
        tally.ledgerSeq === 0
          ? tally.ledgerAnchorHash === GENESIS_HASH
          : anchorRow?.seq === tally.ledgerSeq && anchorRow.entryHash === tally.ledgerAnchorHash;
      if (!anchorMatches) problems.push(`台账第 ${tally.ledgerSeq} 条的哈希与核算时锚定的不符`);
      const check = verifyChain(chain);
      if (!check.ok) problems.push(`台账哈希链在第 ${check.firstBrokenSeq} 条断开`);

      const period = await tx.findOneByOrFail(ScoringPeriodEntity, { id: tally.periodId });
      const sums = await ledgerSums(tx, windowOf(period, tally.ledgerSeq));
      const mismatched = lines.filter((line) => {
        const s = sums.get(line.residentId);
        const credit = s?.credit ?? 0;
        const roleDuty = s?.roleDuty ?? 0;
        return (
          Math.abs(credit - line.creditPoints) > 0.001 ||
          (line.roleDutyPoints !== null && Math.abs(roleDuty - line.roleDutyPoints) > 0.001)
        );
      });
      const sumsMatch = mismatched.length === 0;
      if (!sumsMatch) {
        problems.push(
          `按台账重新合计与公示不符：${mismatched
            .slice(0, 5)
            .map((l) => l.residentName)
            .join('、')}`,
        );
      }
      return {
        tallyId: tally.id,
        valid: problems.length === 0,
        contentHashMatches,
        anchorMatches,
        chainValid: check.ok,
        sumsMatch,
        problems,
      };
    });
  }
}

export async function lockPeriod(tx: TenantTx, periodId: string): Promise<ScoringPeriodEntity> {
  const period = await tx.findOne(ScoringPeriodEntity, {
    where: { id: periodId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!period) throw new NotFoundException('periodId：找不到该积分期间，或您无权查看');
  return period;
}

/**
 * Cadres with RESIDENT_READ over the village see every tally; anyone else in scope (residents) only
 * periods that have been posted for public notice, and of those only the versions that were posted.
 */
export async function visiblePeriod(tx: TenantTx, periodId: string): Promise<ScoringPeriodEntity> {
  const { ctx } = tx;
  const period = await tx.findOne(ScoringPeriodEntity, { where: { id: periodId } });
  const visible = period && (ctx.can(Permission.RESIDENT_READ, period) || PUBLISHED.includes(period.status));
  if (!period || !visible) throw new NotFoundException('periodId：找不到该积分期间的公示，或您无权查看');
  return period;
}

/** The versions of a period that were posted for public notice (what residents may read). */
async function postedTallyIds(tx: TenantTx, periodId: string): Promise<Set<string>> {
  const notices = await tx.find(PublicNoticeEntity, { where: { periodId } });
  return new Set(notices.map((n) => n.tallyId));
}

export function linesOf(tx: TenantTx, tally: ScoreTallyEntity): Promise<ScoreTallyLineEntity[]> {
  return tx.find(ScoreTallyLineEntity, {
    where: { villageId: tally.villageId as string, tallyId: tally.id },
    order: { rankGroup: 'ASC', rank: 'ASC', residentName: 'ASC' },
  });
}

export function latestTally(tx: TenantTx, periodId: string): Promise<ScoreTallyEntity | null> {
  return tx.findOne(ScoreTallyEntity, { where: { periodId }, order: { version: 'DESC' } });
}

/** A quarter is tallied after it ends; the year only once all four quarters are final. */
async function assertReadyForFirstTally(tx: TenantTx, period: ScoringPeriodEntity): Promise<void> {
  const today = todayInChina();
  if (today <= period.endsOn) {
    throw new ConflictException(`${periodLabel(period)}到 ${period.endsOn} 才结束，结束后才能核算`, [
      { field: 'periodId', reasons: ['期间尚未结束'] },
    ]);
  }
  if (period.kind !== ScoringPeriodKind.YEAR) return;
  const quarters = await tx.find(ScoringPeriodEntity, {
    where: { villageId: period.villageId as string, year: period.year, kind: ScoringPeriodKind.QUARTER },
    order: { number: 'ASC' },
  });
  const pending = quarters.filter((q) => q.status !== ScoringPeriodStatus.FINAL);
  if (pending.length) {
    throw new ConflictException(
      `年度总评须在四个季度均定案后进行；${pending
        .map((q) => `第 ${q.number} 季度为「${PERIOD_STATUS_LABELS[q.status]}」`)
        .join('，')}`,
      [{ field: 'periodId', reasons: ['尚有季度未定案'] }],
    );
  }
}

/** The quarter's months (those still OPEN) stop taking entries once it is tallied. */
async function closeMonthsOf(tx: TenantTx, period: ScoringPeriodEntity) {
  if (period.kind !== ScoringPeriodKind.QUARTER) return;
  const months = await tx.find(ScoringPeriodEntity, {
    where: {
      villageId: period.villageId as string,
      year: period.year,
      kind: ScoringPeriodKind.MONTH,
      number: In([1, 2, 3].map((m) => (period.number - 1) * 3 + m)),
      status: ScoringPeriodStatus.OPEN,
    },
  });
  await recordPeriodMoves(
    tx,
    months,
    ScoringPeriodStatus.CLOSED,
    `${periodLabel(period)}已核算，本月停止登记`,
  );
}
