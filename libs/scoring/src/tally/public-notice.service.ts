import { Injectable, Inject } from '@nestjs/common';
import {
  addDays,
  ConflictException,
  NotFoundException,
  Permission,
  todayInChina,
} from '@village/platform-common';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import { RequestContext, TenantDb, auditOwner, type TenantTx } from '@village/platform-tenancy';
import { PERIOD_STATUS_LABELS, ScoringPeriodKind, ScoringPeriodStatus } from '../periods/period-enums';
import type { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import { advancePeriod, periodLabel } from '../periods/scoring-period.service';
import { ObjectionEntity } from './objection.entity';
import { PublicNoticeEntity } from './public-notice.entity';
import type { ScoreTallyLineEntity } from './score-tally-line.entity';
import { ScoreTallyEntity } from './score-tally.entity';
import { ObjectionStatus } from './tally-enums';
import { latestNotice, postNotice } from './notice-posting';
import { latestTally, linesOf, lockPeriod, visiblePeriod } from './tally.service';
import { requireRulebook } from './tally-writer';
import { YEAR_END_EVALUATION, type YearEndEvaluation } from './year-end-evaluation.port';
import { PERIOD_FINAL_LISTENER, type PeriodFinalListener } from '../periods/period-final.port';

export interface NoticeView {
  notice: PublicNoticeEntity;
  period: ScoringPeriodEntity;
  tally: ScoreTallyEntity;
  /** The posted tally's lines, read in the same transaction. */
  lines: ScoreTallyLineEntity[];
  openObjections: number;
}

/**
 * Public notice (公示): posting a tallied period opens its window for the town manual's notice days;
 * a period becomes final only after the window, with no objection left unanswered.
 */
@Injectable()
export class PublicNoticeService {
  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationService,
    @Inject(YEAR_END_EVALUATION) private readonly yearEnd: YearEndEvaluation,
    @Inject(PERIOD_FINAL_LISTENER) private readonly finalListener: PeriodFinalListener,
  ) {}

  publish(ctx: RequestContext, periodId: string): Promise<NoticeView> {
    return this.db.run(ctx, async (tx) => {
      const period = await lockPeriod(tx, periodId);
      auditOwner(ctx, period, periodLabel(period));
      ctx.assertCan(Permission.TALLY_MANAGE, period);
      if (period.status !== ScoringPeriodStatus.TALLIED) {
        throw new ConflictException(
          `${periodLabel(period)}当前为「${PERIOD_STATUS_LABELS[period.status]}」，核算后才能公示`,
          [{ field: 'periodId', reasons: ['不是已核算状态'] }],
        );
      }
      const tally = (await latestTally(tx, period.id)) as ScoreTallyEntity;
      const { manual } = await requireRulebook(tx, period);
      const today = todayInChina();
      const notice = await postNotice(tx, period, tally, today, addDays(today, manual.noticeDays - 1));
      await advancePeriod(
        tx,
        period.id,
        ScoringPeriodStatus.NOTICE,
        `公示 ${notice.startsOn} 至 ${notice.endsOn}`,
        Permission.TALLY_MANAGE,
      );
      const label = periodLabel(period);
      const what = period.kind === ScoringPeriodKind.YEAR ? '年度总评结果' : '积分及排名';
      await this.notifications.notifyVillageResidents(tx, period.villageId as string, {
        kind: NotificationKind.NOTICE_OPENED,
        title: `${label}${what}公示`,
        body: `${label}${what}已公示，公示期 ${notice.startsOn} 至 ${notice.endsOn}。对任何一行有异议，请在公示期内提出。`,
        link: { entityType: 'PUBLIC_NOTICE', id: notice.id },
      });
      const lines = await linesOf(tx, tally);
      if (period.kind === ScoringPeriodKind.YEAR) await this.tellGrades(tx, period, lines);
      const posted = { ...period, status: ScoringPeriodStatus.NOTICE };
      return { notice, period: posted, tally, lines, openObjections: 0 };
    });
  }

  finalize(ctx: RequestContext, periodId: string): Promise<ScoringPeriodEntity> {
    return this.db.run(ctx, async (tx) => {
      const period = await lockPeriod(tx, periodId);
      auditOwner(ctx, period, periodLabel(period));
      ctx.assertCan(Permission.TALLY_MANAGE, period);
      const notice = await latestNotice(tx, period.id);
      if (period.status !== ScoringPeriodStatus.NOTICE || !notice) {
        throw new ConflictException(
          `${periodLabel(period)}当前为「${PERIOD_STATUS_LABELS[period.status]}」，公示后才能定案`,
          [{ field: 'periodId', reasons: ['不在公示中'] }],
        );
      }
      if (todayInChina() <= notice.endsOn) {
        throw new ConflictException(`公示期至 ${notice.endsOn}，公示期满后才能定案`, [
          { field: 'periodId', reasons: ['公示期未满'] },
        ]);
      }
      const open = await tx.count(ObjectionEntity, {
        where: { periodId: period.id, status: ObjectionStatus.OPEN },
      });
      if (open > 0) {
        throw new ConflictException(`尚有 ${open} 件异议未答复，答复后才能定案`, [
          { field: 'periodId', reasons: ['有未答复的异议'] },
        ]);
      }
      const final = await advancePeriod(
        tx,
        period.id,
        ScoringPeriodStatus.FINAL,
        '公示期满，无未答复异议，定案',
        Permission.TALLY_MANAGE,
      );
      await this.finalListener.periodFinal(tx, final);
      return final;
    });
  }

  /** The current posting of a period, for residents of the village and cadres in scope. */
  current(ctx: RequestContext, periodId: string): Promise<NoticeView> {
    return this.db.run(ctx, async (tx) => {
      const period = await visiblePeriod(tx, periodId);
      const notice = await latestNotice(tx, period.id);
      if (!notice) throw new NotFoundException('periodId：该积分期间尚未公示');
      const tally = await tx.findOneByOrFail(ScoreTallyEntity, { id: notice.tallyId });
      const openObjections = await tx.count(ObjectionEntity, {
        where: { periodId: period.id, status: ObjectionStatus.OPEN },
      });
      return { notice, period, tally, lines: await linesOf(tx, tally), openObjections };
    });
  }

  /** Everyone graded hears their own result (我的等次). */
  private async tellGrades(
    tx: TenantTx,
    period: ScoringPeriodEntity,
    lines: readonly ScoreTallyLineEntity[],
  ): Promise<void> {
    const { ctx } = tx;
    const users = (await tx.query(
      'SELECT id, user_id FROM resident WHERE village_id = $1 AND user_id IS NOT NULL',
      [period.villageId],
    )) as { id: string; user_id: string }[];
    const userOf = new Map(users.map((u) => [u.id, u.user_id]));
    const messages = lines.flatMap((line) => {
      const recipient = userOf.get(line.residentId);
      const result = this.yearEnd.resultMessage(line.evaluation);
      if (!recipient || !result) return [];
      return [
        {
          kind: NotificationKind.GRADE_PUBLISHED,
          title: `${period.year} 年度评定结果`,
          body: `您的 ${period.year} 年度评定结果（公示中）：${result}`,
          unit: period,
          recipient,
          link: { entityType: 'SCORE_TALLY_LINE', id: line.id },
        },
      ];
    });
    await this.notifications.notifyEach(tx, ctx, messages);
  }
}
