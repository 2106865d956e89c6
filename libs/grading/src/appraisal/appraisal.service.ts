import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Permission,
  SUBJECT_TYPE_LABELS,
  SubjectType,
  todayInChina,
} from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import {
  RequestContext,
  TenantDb,
  auditOwner,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { ownResident, RESIDENT_STATUS_LABELS, ResidentEntity, ResidentStatus } from '@village/residents';
import {
  PERIOD_STATUS_LABELS,
  ScoringPeriodKind,
  ScoringPeriodStatus,
  ScoringPeriodEntity,
} from '@village/scoring';
import { APPRAISED_SUBJECTS, AppraisalRaterKind, type AppraisedSubject } from './appraisal-enums';
import { AppraisalRatingEntity } from './appraisal-rating.entity';
import { heldInYear, heldOn, keyRoleHolders } from './appraisal-roles';
import { ratingAggregates, ratingCounts } from './rating-aggregates';

export interface RateAppraisalCommand {
  year: number;
  rateeResidentId: string;
  subjectType: SubjectType;
  rating: number;
  comment?: string | null;
}

/** Per ratee and track: how many peers and residents rated, and their averages (2 decimals). */
export interface AppraisalSummaryLine {
  rateeResidentId: string;
  rateeName: string;
  subjectType: AppraisedSubject;
  peerCount: number;
  peerAverage: number | null;
  massCount: number;
  massAverage: number | null;
}

/**
 * Year-end democratic appraisal (民主评议): residents rate the village's party members and
 * representatives once a year while the village's YEAR period is OPEN. A holder of the same subject type
 * rates as a peer (同级互评), anyone else as the masses (群众评议). Cadres see counts and averages only;
 * who rated whom is for auditors.
 */
@Injectable()
export class AppraisalService {
  constructor(private readonly db: TenantDb) {}

  rate(ctx: RequestContext, input: RateAppraisalCommand): Promise<AppraisalRatingEntity> {
    return this.db.run(ctx, async (tx) => {
      const rater = await ownResident(tx);
      if (!rater) throw new ForbiddenException('您的账号未关联村民档案，不能参与民主评议');
      auditOwner(ctx, rater, rater.name);
      ctx.assertCan(Permission.APPRAISE, rater);
      if (rater.status !== ResidentStatus.ACTIVE) {
        throw new ForbiddenException(
          `您的村民档案当前为「${RESIDENT_STATUS_LABELS[rater.status]}」，不能参与民主评议`,
        );
      }
      const subject = requireAppraisedSubject(input.subjectType);
      if (!Number.isInteger(input.rating) || input.rating < 0 || input.rating > 100) {
        throw BadInputException.field('rating', '评分必须是 0 到 100 之间的整数');
      }
      if (input.rateeResidentId === rater.id) {
        throw BadInputException.field('rateeResidentId', '不能评议自己');
      }
      const ratee = await tx.findOne(ResidentEntity, { where: { id: input.rateeResidentId } });
      if (!ratee) throw new NotFoundException('rateeResidentId：找不到该村民，或您无权查看');
      if (ratee.villageId !== rater.villageId) {
        throw new ForbiddenException('只能评议本村的党员和村民代表');
      }
      await assertAppraisalOpen(tx, rater.villageId, input.year);
      const label = SUBJECT_TYPE_LABELS[subject];
      if (!(await heldInYear(tx, ratee.id, subject, input.year))) {
        throw BadInputException.field(
          'rateeResidentId',
          `${ratee.name}在 ${input.year} 年不是${label}，不能作为${label}评议`,
        );
      }
      // Peers are holders of the same subject type at year end, or today while the year is running.
      const yearEnd = `${input.year}-12-31`;
      const today = todayInChina();
      const peer = await heldOn(tx, rater.id, subject, today < yearEnd ? today : yearEnd);
      const raterKind = peer ? AppraisalRaterKind.PEER : AppraisalRaterKind.MASS;
      const duplicate = () =>
        new ConflictException(`您已评议过${ratee.name}（${input.year} 年${label}），每人只能评议一次`, [
          { field: 'rateeResidentId', reasons: ['已评议过，不能重复评议'] },
        ]);
      const key = {
        year: input.year,
        rateeResidentId: ratee.id,
        subjectType: subject,
        raterResidentId: rater.id,
      };
      if (await tx.findOne(AppraisalRatingEntity, { where: key })) throw duplicate();
      const id = randomUUID();
      try {
        await tx.insert(AppraisalRatingEntity, {
          id,
          districtId: rater.districtId,
          townId: rater.townId,
          villageId: rater.villageId,
          ...key,
          raterKind,
          rating: input.rating,
          comment: input.comment?.trim() || null,
          createdBy: ctx.requireUser().id,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'uq_appraisal_rating')) throw duplicate();
        throw error;
      }
      return tx.findOneByOrFail(AppraisalRatingEntity, { id });
    });
  }

  /** Counts and averages per key person and track, without raters; key persons nobody rated included. */
  summary(ctx: RequestContext, villageId: string, year: number): Promise<AppraisalSummaryLine[]> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      ctx.assertCan(Permission.RESIDENT_READ, village);
      const lines = new Map<string, AppraisalSummaryLine>();
      for (const h of await keyRoleHolders(tx, village.id, year)) {
        lines.set(`${h.residentId}:${h.subjectType}`, {
          rateeResidentId: h.residentId,
          rateeName: h.name,
          subjectType: h.subjectType as AppraisedSubject,
          peerCount: 0,
          peerAverage: null,
          massCount: 0,
          massAverage: null,
        });
      }
      for (const row of await ratingAggregates(tx, village.id, year)) {
        const key = `${row.residentId}:${row.subjectType}`;
        const line = lines.get(key) ?? {
          rateeResidentId: row.residentId,
          rateeName: row.name,
          subjectType: row.subjectType,
          peerCount: 0,
          peerAverage: null,
          massCount: 0,
          massAverage: null,
        };
        lines.set(key, { ...line, ...ratingCounts(row) });
      }
      return [...lines.values()];
    });
  }

  /** Every rating with its rater, for auditors. */
  ratings(ctx: RequestContext, villageId: string, year: number): Promise<AppraisalRatingEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      ctx.assertCan(Permission.AUDIT_READ, village);
      return tx.find(AppraisalRatingEntity, {
        where: { villageId: village.id, year },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
    });
  }
}

function requireAppraisedSubject(subjectType: SubjectType): AppraisedSubject {
  if (!(APPRAISED_SUBJECTS as readonly SubjectType[]).includes(subjectType)) {
    throw BadInputException.field('subjectType', '民主评议只针对党员和村民代表');
  }
  return subjectType as AppraisedSubject;
}

/** Ratings are taken only while the village's YEAR period of that year exists and is OPEN. */
async function assertAppraisalOpen(tx: TenantTx, villageId: string, year: number): Promise<void> {
  const period = await tx.findOne(ScoringPeriodEntity, {
    where: { villageId, kind: ScoringPeriodKind.YEAR, year, number: 1 },
  });
  if (!period) {
    throw BadInputException.field('year', `本村 ${year} 年度积分期间尚未开启，不能进行民主评议`);
  }
  if (period.status !== ScoringPeriodStatus.OPEN) {
    throw BadInputException.field(
      'year',
      `本村 ${year} 年度积分期间已是「${PERIOD_STATUS_LABELS[period.status]}」，民主评议已结束`,
    );
  }
}
