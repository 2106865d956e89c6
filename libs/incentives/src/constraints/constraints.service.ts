import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import {
  BadInputException,
  CADRE_SUBJECTS,
  ConflictException,
  NotFoundException,
  Permission,
  SubjectType,
  todayInChina,
} from '@village/platform-common';
import { ResidentEntity, SubjectRoleEntity } from '@village/residents';
import { ScoringPeriodEntity, ScoringPeriodKind, ScoringPeriodStatus } from '@village/scoring';
import {
  auditOwner,
  RequestContext,
  requireVisibleVillage,
  TenantDb,
  type TenantTx,
} from '@village/platform-tenancy';
import { ByElectionEntity } from './by-election.entity';
import { ByElectionStatus, CaseKind, CaseOutcome, OUTCOMES_OF } from './case-enums';
import { ConstraintCaseEntity } from './constraint-case.entity';
import { MentoringRuleEntity } from './mentoring-rule.entity';
import { MentoringVisitEntity } from './mentoring-visit.entity';
import { openYearCases } from './open-year-cases';
import { endSeat, grantElectedSeat } from './seat-ending';

export interface CloseCaseCommand {
  caseId: string;
  outcome: CaseOutcome;
  text: string;
  on: string;
}

export interface VisitCommand {
  caseId: string;
  visitedOn: string;
  note: string;
  agreedImprovement: string;
}

const MENTOR_SUBJECTS: readonly SubjectType[] = [SubjectType.PARTY_MEMBER, ...CADRE_SUBJECTS];

/**
 * Negative constraints (负面约束, DOMAIN.md §11) — "to caution, not to punish": the cases a final year
 * opens, their outcomes, by-elections after a lost seat, mentoring assignments and visits. The village
 * (its admin and credit council) acts; the system records what the branch decides and decides nothing.
 */
@Injectable()
export class ConstraintsService {
  constructor(private readonly db: TenantDb) {}

  openYear(ctx: RequestContext, villageId: string, year: number): Promise<ConstraintCaseEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      auditOwner(ctx, village, village.name);
      ctx.assertCan(Permission.CASE_MANAGE, village);
      const period = await tx.findOne(ScoringPeriodEntity, {
        where: { villageId: village.id, kind: ScoringPeriodKind.YEAR, year },
      });
      if (period?.status !== ScoringPeriodStatus.FINAL) {
        throw BadInputException.field('year', `本村 ${year} 年度总评尚未最终确定，不能启动负面约束`);
      }
      return openYearCases(tx, period);
    });
  }

  cases(ctx: RequestContext, villageId: string, year?: number | null): Promise<ConstraintCaseEntity[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      return tx.find(ConstraintCaseEntity, {
        where: { villageId, ...(year ? { year } : {}) },
        order: { year: 'DESC', kind: 'ASC', residentName: 'ASC' },
        take: 500,
      });
    });
  }

  closeCase(ctx: RequestContext, input: CloseCaseCommand): Promise<ConstraintCaseEntity> {
    return this.db.run(ctx, async (tx) => {
      const c = await this.openCase(tx, ctx, input.caseId);
      if (!OUTCOMES_OF[c.kind].includes(input.outcome)) {
        throw BadInputException.field('outcome', '该结果不适用于此类事项');
      }
      const text = input.text.trim();
      if (!text) throw BadInputException.field('text', '请写明整改佐证、处置决定或帮扶结果');
      const userId = ctx.requireUser().id;
      if (input.outcome === CaseOutcome.SEAT_ENDED) await endSeat(tx, c, input.on, text, userId);
      await tx.update(
        ConstraintCaseEntity,
        { id: c.id, outcome: IsNull() },
        { outcome: input.outcome, outcomeText: text, outcomeOn: input.on, outcomeBy: userId },
      );
      return tx.findOneByOrFail(ConstraintCaseEntity, { id: c.id });
    });
  }

  assignMentor(ctx: RequestContext, caseId: string, mentorResidentId: string): Promise<ConstraintCaseEntity> {
    return this.db.run(ctx, async (tx) => {
      const c = await this.openCase(tx, ctx, caseId);
      if (c.kind !== CaseKind.MENTORING)
        throw BadInputException.field('caseId', '只有帮扶事项需要指定帮扶人');
      const mentor = await tx.findOne(ResidentEntity, {
        where: { id: mentorResidentId, villageId: c.villageId },
      });
      if (!mentor) throw new NotFoundException('mentorResidentId：本村找不到该村民');
      if (mentor.id === c.residentId) throw BadInputException.field('mentorResidentId', '不能由本人帮扶自己');
      const today = todayInChina();
      const roles = await tx.find(SubjectRoleEntity, {
        where: { residentId: mentor.id, subjectType: In([...MENTOR_SUBJECTS]) },
      });
      const live = roles.some((r) => r.startDate <= today && (r.endDate === null || r.endDate >= today));
      if (!live)
        throw BadInputException.field('mentorResidentId', `${mentor.name}不是党员或村干部，不能担任帮扶人`);
      await tx.update(ConstraintCaseEntity, { id: c.id }, { mentorResidentId: mentor.id });
      return tx.findOneByOrFail(ConstraintCaseEntity, { id: c.id });
    });
  }

  recordVisit(ctx: RequestContext, input: VisitCommand): Promise<MentoringVisitEntity> {
    return this.db.run(ctx, async (tx) => {
      const c = await this.openCase(tx, ctx, input.caseId);
      if (c.kind !== CaseKind.MENTORING) throw BadInputException.field('caseId', '只有帮扶事项登记走访');
      if (!c.mentorResidentId) throw BadInputException.field('caseId', '请先指定帮扶人');
      if (input.visitedOn > todayInChina())
        throw BadInputException.field('visitedOn', '走访日期不能晚于今天');
      const id = randomUUID();
      await tx.insert(MentoringVisitEntity, {
        id,
        districtId: c.districtId,
        townId: c.townId,
        villageId: c.villageId,
        caseId: c.id,
        visitedOn: input.visitedOn,
        note: input.note.trim(),
        agreedImprovement: input.agreedImprovement.trim(),
        createdBy: ctx.requireUser().id,
      });
      return tx.findOneByOrFail(MentoringVisitEntity, { id });
    });
  }

  visits(ctx: RequestContext, caseId: string): Promise<MentoringVisitEntity[]> {
    return this.db.run(ctx, async (tx) => {
      await this.visibleCase(tx, caseId);
      return tx.find(MentoringVisitEntity, {
        where: { caseId },
        order: { visitedOn: 'ASC', createdAt: 'ASC' },
      });
    });
  }

  /**
   * The visits of the signed-in resident's own mentoring cases, newest first: the village scope lets a
   * resident's transaction see every case of the village, so the filter on their own resident is what
   * keeps a neighbour's visits out. An account without a resident record has none.
   */
  myVisits(ctx: RequestContext): Promise<MentoringVisitEntity[]> {
    const user = ctx.requireUser();
    return this.db.run(ctx, async (tx) => {
      const me = await tx.findOne(ResidentEntity, { where: { userId: user.id } });
      if (!me) return [];
      const cases = await tx.find(ConstraintCaseEntity, {
        select: { id: true },
        where: { villageId: me.villageId, residentId: me.id, kind: CaseKind.MENTORING },
      });
      if (cases.length === 0) return [];
      return tx.find(MentoringVisitEntity, {
        where: { villageId: me.villageId, caseId: In(cases.map((c) => c.id)) },
        order: { visitedOn: 'DESC', createdAt: 'DESC' },
        take: 200,
      });
    });
  }

  byElections(ctx: RequestContext, villageId: string): Promise<ByElectionEntity[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      return tx.find(ByElectionEntity, { where: { villageId }, order: { createdAt: 'DESC' }, take: 200 });
    });
  }

  recordByElection(
    ctx: RequestContext,
    input: { byElectionId: string; electedResidentId: string; electedOn: string },
  ): Promise<ByElectionEntity> {
    return this.db.run(ctx, async (tx) => {
      const election = await tx.findOne(ByElectionEntity, { where: { id: input.byElectionId } });
      if (!election) throw new NotFoundException('byElectionId：找不到该补选，或您无权查看');
      auditOwner(ctx, election, '补选');
      ctx.assertCan(Permission.CASE_MANAGE, election);
      if (election.status !== ByElectionStatus.OPEN) {
        throw new ConflictException('该补选已登记结果', [{ field: 'byElectionId', reasons: ['已补选'] }]);
      }
      const elected = await tx.findOne(ResidentEntity, {
        where: { id: input.electedResidentId, villageId: election.villageId },
      });
      if (!elected) throw new NotFoundException('electedResidentId：本村找不到该村民');
      if (election.termEnd && input.electedOn > election.termEnd) {
        throw BadInputException.field('electedOn', `补选日期不能晚于本届任期届满日 ${election.termEnd}`);
      }
      const ended = await tx.findOneByOrFail(SubjectRoleEntity, { id: election.endedRoleId });
      if (ended.residentId === elected.id) {
        throw BadInputException.field('electedResidentId', '被终止资格的代表不能在本次补选中当选');
      }
      const role = await grantElectedSeat(tx, election, elected.id, input.electedOn, ctx.requireUser().id);
      await tx.update(
        ByElectionEntity,
        { id: election.id, status: ByElectionStatus.OPEN },
        {
          status: ByElectionStatus.ELECTED,
          electedResidentId: elected.id,
          electedRoleId: role.id,
          electedOn: input.electedOn,
        },
      );
      return tx.findOneByOrFail(ByElectionEntity, { id: election.id });
    });
  }

  setMentoringRule(
    ctx: RequestContext,
    input: { villageId: string; maxStars?: number | null; bottomPercent?: number | null },
  ): Promise<MentoringRuleEntity> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, input.villageId);
      auditOwner(ctx, village, village.name);
      ctx.assertCan(Permission.CASE_MANAGE, village);
      if ((input.maxStars == null) === (input.bottomPercent == null)) {
        throw BadInputException.field('maxStars', '请在“星级不高于”与“排名后百分之几”中选填一项');
      }
      const id = randomUUID();
      await tx.insert(MentoringRuleEntity, {
        id,
        districtId: village.districtId,
        townId: village.townId as string,
        villageId: village.id,
        maxStars: input.maxStars ?? null,
        bottomPercent: input.bottomPercent ?? null,
        createdBy: ctx.requireUser().id,
      });
      return tx.findOneByOrFail(MentoringRuleEntity, { id });
    });
  }

  private async visibleCase(tx: TenantTx, caseId: string): Promise<ConstraintCaseEntity> {
    const c = await tx.findOne(ConstraintCaseEntity, { where: { id: caseId } });
    if (!c) throw new NotFoundException('caseId：找不到该事项，或您无权查看');
    return c;
  }

  /** A case the caller may act on that has no outcome yet. */
  private async openCase(tx: TenantTx, ctx: RequestContext, caseId: string): Promise<ConstraintCaseEntity> {
    const c = await this.visibleCase(tx, caseId);
    auditOwner(ctx, c, c.residentName);
    ctx.assertCan(Permission.CASE_MANAGE, c);
    if (c.outcome !== null) {
      throw new ConflictException('该事项已办结，不能再更改', [{ field: 'caseId', reasons: ['已办结'] }]);
    }
    return c;
  }
}
