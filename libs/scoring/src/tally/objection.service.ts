import { randomUUID } from 'node:crypto';
import { Injectable, Inject } from '@nestjs/common';
import {
  addWorkingDays,
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Permission,
  Role,
  todayInChina,
  type Page,
} from '@village/platform-common';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import { ResidentEntity } from '@village/residents';
import { RequestContext, TenantDb, auditOwner, type TenantTx } from '@village/platform-tenancy';
import { ScoreTrack } from '@village/rulebook';
import { LedgerEntryEntity } from '../ledger/ledger-entry.entity';
import { LedgerService } from '../ledger/ledger.service';
import { ScoringPeriodStatus } from '../periods/period-enums';
import { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import { periodLabel } from '../periods/scoring-period.service';
import { ObjectionEntity } from './objection.entity';
import { latestNotice } from './notice-posting';
import { retallyCorrected } from './retally';
import { ScoreTallyLineEntity } from './score-tally-line.entity';
import { ScoreTallyEntity } from './score-tally.entity';
import { ObjectionDecision, ObjectionStatus } from './tally-enums';
import { lockPeriod } from './tally.service';
import { requireRulebook } from './tally-writer';
import { YEAR_END_EVALUATION, type YearEndEvaluation } from './year-end-evaluation.port';
import { snapshotOfItem } from '../ledger/item-snapshot';

/** Answers also become the reason of correcting entries and re-tallies (500 characters with a prefix). */
const MAX_ANSWER = 450;
/** A correction larger than any item's points is a typing error, not a correction. */
const MAX_ADJUSTMENT = 1000;

/** The item code a correction entry is booked under (not an item of any list). */
export const CORRECTION_ITEM_CODE = 'CORRECTION';

export interface RaiseObjection {
  tallyLineId: string;
  reason: string;
}

export interface AnswerObjection {
  objectionId: string;
  decision: ObjectionDecision;
  answer: string;
  /** Upheld: entries of the objected person to reverse. */
  reverseEntryIds?: string[] | null;
  /** Upheld: a correcting entry for the objected person. */
  adjustment?: { track: ScoreTrack; points: number } | null;
}

/**
 * Objections to a posted tally (异议). Any resident of the village may object to any line while the
 * notice is open; the credit council answers by the town manual's deadline: upheld means the ledger is
 * corrected (reversal and/or a correcting entry) and the period re-tallied and re-posted in the same
 * transaction; dismissed means a reason is given. The objector is told either way.
 */
@Injectable()
export class ObjectionService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationService,
    @Inject(YEAR_END_EVALUATION) private readonly yearEnd: YearEndEvaluation,
  ) {}

  raise(ctx: RequestContext, input: RaiseObjection): Promise<ObjectionEntity> {
    return this.db.run(ctx, async (tx) => {
      const line = await tx.findOne(ScoreTallyLineEntity, { where: { id: input.tallyLineId } });
      if (!line) throw new NotFoundException('tallyLineId：找不到该公示行，或您无权查看');
      auditOwner(ctx, line, line.residentName);
      ctx.assertCan(Permission.OBJECTION_RAISE, line);
      const objector = ctx.user
        ? await tx.findOne(ResidentEntity, {
            where: { userId: ctx.user.id, villageId: line.villageId as string },
          })
        : null;
      if (!objector) throw new ForbiddenException('只有本村村民可以对本村公示提出异议');
      const reason = input.reason?.trim() ?? '';
      if (!reason) throw BadInputException.field('reason', '请写明异议理由');
      if (reason.length > 1000) throw BadInputException.field('reason', '异议理由不能超过 1000 字');
      const tally = await tx.findOneByOrFail(ScoreTallyEntity, { id: line.tallyId });
      const period = await lockPeriod(tx, tally.periodId);
      const notice = await latestNotice(tx, period.id);
      const today = todayInChina();
      if (period.status !== ScoringPeriodStatus.NOTICE || !notice || today > notice.endsOn) {
        throw new ConflictException(`${periodLabel(period)}不在公示期内，不能提出异议`, [
          { field: 'tallyLineId', reasons: ['不在公示期内'] },
        ]);
      }
      if (notice.tallyId !== line.tallyId) {
        throw new ConflictException('该公示已更正并重新公示，请对最新公示提出异议', [
          { field: 'tallyLineId', reasons: ['不是最新公示'] },
        ]);
      }
      const { manual } = await requireRulebook(tx, period);
      const objection = {
        id: randomUUID(),
        districtId: line.districtId,
        townId: line.townId,
        villageId: line.villageId,
        periodId: period.id,
        tallyId: line.tallyId,
        tallyLineId: line.id,
        subjectResidentId: line.residentId,
        objectorResidentId: objector.id,
        objectorUserId: ctx.user?.id as string,
        reason,
        raisedOn: today,
        answerDueOn: addWorkingDays(today, manual.objectionAnswerWorkingDays),
        status: ObjectionStatus.OPEN,
      };
      await tx.insert(ObjectionEntity, objection);
      // The council answers objections: each member is told at once, in the objection's transaction.
      await this.notifications.notifyUnitRoles(
        tx,
        line.villageId as string,
        [Role.CREDIT_COUNCIL],
        {
          kind: NotificationKind.OBJECTION_RAISED,
          title: '收到新异议',
          body:
            `${objector.name}对${periodLabel(period)}公示中${line.residentName}的积分提出异议：${reason}` +
            `（请于 ${objection.answerDueOn} 前答复）`,
          unit: line as typeof line & { villageId: string },
          link: { entityType: 'OBJECTION', id: objection.id },
        },
        { except: [objection.objectorUserId] },
      );
      return tx.findOneByOrFail(ObjectionEntity, { id: objection.id });
    });
  }

  answer(ctx: RequestContext, input: AnswerObjection): Promise<ObjectionEntity> {
    return this.db.run(ctx, async (tx) => {
      const objection = await tx.findOne(ObjectionEntity, {
        where: { id: input.objectionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!objection) throw new NotFoundException('objectionId：找不到该异议，或您无权查看');
      auditOwner(ctx, objection, '公示异议');
      ctx.assertCan(Permission.OBJECTION_ANSWER, objection);
      if (objection.status !== ObjectionStatus.OPEN) {
        throw new ConflictException('该异议已答复，不能再次答复', [
          { field: 'objectionId', reasons: ['已答复'] },
        ]);
      }
      const answer = input.answer?.trim() ?? '';
      if (!answer) throw BadInputException.field('answer', '请写明答复理由');
      // The answer is also the reason on the correcting ledger entries and the re-tally (500 characters).
      if (answer.length > MAX_ANSWER)
        throw BadInputException.field('answer', `答复不能超过 ${MAX_ANSWER} 字`);
      const period = await lockPeriod(tx, objection.periodId);
      const today = todayInChina();
      const answered: Partial<ObjectionEntity> = {
        answer,
        answeredOn: today,
        answeredBy: ctx.user?.id ?? null,
      };
      if (input.decision === ObjectionDecision.DISMISS) {
        await tx.update(
          ObjectionEntity,
          { id: objection.id },
          { ...answered, status: ObjectionStatus.DISMISSED },
        );
      } else {
        const corrections = await this.correct(tx, objection, period, answer, input);
        const retally = await retallyCorrected(
          tx,
          period,
          `异议成立，更正后重新核算：${answer}`,
          this.yearEnd,
        );
        await tx.update(
          ObjectionEntity,
          { id: objection.id },
          {
            ...answered,
            status: ObjectionStatus.UPHELD,
            correctionEntryIds: corrections,
            retallyId: retally.id,
          },
        );
      }
      const result = await tx.findOneByOrFail(ObjectionEntity, { id: objection.id });
      await this.tellObjector(tx, result, period);
      return result;
    });
  }

  list(
    ctx: RequestContext,
    filter: { periodId: string; status?: ObjectionStatus | null; limit: number; offset: number },
  ): Promise<Page<ObjectionEntity>> {
    return this.db.run(ctx, async (tx) => {
      const period = await tx.findOne(ScoringPeriodEntity, { where: { id: filter.periodId } });
      if (!period || !ctx.can(Permission.RESIDENT_READ, period)) {
        throw new NotFoundException('periodId：找不到该积分期间，或您无权查看');
      }
      const [items, total] = await tx.findAndCount(ObjectionEntity, {
        where: { periodId: period.id, ...(filter.status ? { status: filter.status } : {}) },
        order: { createdAt: 'ASC' },
        take: filter.limit,
        skip: filter.offset,
      });
      return { items, total };
    });
  }

  /** The objections the signed-in user raised, newest first. */
  mine(ctx: RequestContext): Promise<ObjectionEntity[]> {
    return this.db.run(ctx, (tx) =>
      tx.find(ObjectionEntity, {
        where: { objectorUserId: ctx.user?.id ?? '' },
        order: { createdAt: 'DESC' },
      }),
    );
  }

  /** Reversals and/or one correcting entry for the objected person; at least one is required. */
  private async correct(
    tx: TenantTx,
    objection: ObjectionEntity,
    period: ScoringPeriodEntity,
    answer: string,
    input: AnswerObjection,
  ): Promise<string[]> {
    const { ctx } = tx;
    if (period.status === ScoringPeriodStatus.FINAL) {
      throw new ConflictException(`${periodLabel(period)}已定案，不能更正`, [
        { field: 'objectionId', reasons: ['期间已定案'] },
      ]);
    }
    const reversals = [...new Set(input.reverseEntryIds ?? [])];
    const adjustment = input.adjustment ?? null;
    if (!reversals.length && !adjustment) {
      throw BadInputException.field('reverseEntryIds', '异议成立须冲正有误的台账记录或登记更正分值');
    }
    if (
      adjustment &&
      (!Number.isFinite(adjustment.points) ||
        adjustment.points === 0 ||
        Math.abs(adjustment.points) > MAX_ADJUSTMENT)
    ) {
      throw BadInputException.field(
        'adjustment.points',
        `更正分值必须是非零数字，绝对值不超过 ${MAX_ADJUSTMENT}`,
      );
    }
    const ids: string[] = [];
    for (const entryId of reversals) {
      const entry = await tx.findOne(LedgerEntryEntity, { where: { id: entryId } });
      if (!entry || entry.residentId !== objection.subjectResidentId) {
        throw BadInputException.field('reverseEntryIds', `台账记录 ${entryId} 不属于被异议的村民`);
      }
      const reversal = await this.ledger.reverse(
        tx,
        entry.id,
        `公示异议成立：${answer}`,
        `objection:${objection.id}:reverse:${entry.id}`,
      );
      ids.push(reversal.id);
    }
    if (adjustment) {
      const points = Math.round(adjustment.points * 100) / 100;
      const entry = await this.ledger.append(
        tx,
        {
          villageId: objection.villageId as string,
          residentId: objection.subjectResidentId,
          track: adjustment.track,
          points,
          ...snapshotOfItem({
            code: CORRECTION_ITEM_CODE,
            name: '公示异议更正',
            pointsMin: points,
            pointsMax: points,
          }),
          actedOn: period.endsOn,
          reviewedBy: ctx.user?.id ?? null,
          reason: `公示异议成立：${answer}`,
        },
        `objection:${objection.id}:adjust`,
      );
      ids.push(entry.id);
    }
    return ids;
  }

  private async tellObjector(
    tx: TenantTx,
    objection: ObjectionEntity,
    period: ScoringPeriodEntity,
  ): Promise<void> {
    const upheld = objection.status === ObjectionStatus.UPHELD;
    const [subject] = (await tx.query('SELECT name, user_id FROM resident WHERE id = $1', [
      objection.subjectResidentId,
    ])) as { name: string; user_id: string | null }[];
    const recipients = [objection.objectorUserId, ...(upheld && subject?.user_id ? [subject.user_id] : [])];
    await this.notifications.notify(tx, {
      kind: NotificationKind.OBJECTION_ANSWERED,
      title: upheld ? '异议成立，公示已更正' : '异议不成立',
      body: `对${periodLabel(period)}公示中「${subject?.name ?? ''}」一行的异议${
        upheld ? '成立，台账已更正并重新公示' : '不成立'
      }：${objection.answer}`,
      unit: objection,
      recipients,
      link: { entityType: 'OBJECTION', id: objection.id },
    });
  }
}
