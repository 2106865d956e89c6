import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  NotFoundException,
  Permission,
  type SubjectType,
} from '@village/platform-common';
import { finalYearResults, type Grade } from '@village/grading';
import { ResidentEntity } from '@village/residents';
import {
  auditOwner,
  OrgLevel,
  RequestContext,
  requireVisibleUnit,
  TenantDb,
  type TenantTx,
} from '@village/platform-tenancy';
import { NominationStatus } from './honour-enums';
import { gradeFor, ineligibility } from './honour-eligibility';
import { HonourEventEntity } from './honour-event.entity';
import { HonourListEntity } from './honour-list.entity';
import { HonourNominationEntity } from './honour-nomination.entity';
import { HonourTypeEntity } from './honour-type.entity';

export interface HonourTypeCommand {
  districtId: string;
  name: string;
  subjectType: SubjectType;
  minStars?: number | null;
  minGrade?: Grade | null;
  maxPerVillage?: number | null;
}

export interface NominateCommand {
  honourTypeId: string;
  residentId: string;
  year: number;
  reason: string;
}

export interface NominationFilter {
  villageId?: string | null;
  townId?: string | null;
  year?: number | null;
}

/**
 * Honours (评先选优, DOMAIN.md §7): the district defines the honours and who qualifies, a village
 * nominates against its final year's stars and grades, the town approves or rejects with a reason and
 * publishes the year's list. Every status move is also an append-only event; a published nomination
 * can no longer change (the database refuses it).
 */
@Injectable()
export class HonoursService {
  constructor(private readonly db: TenantDb) {}

  createType(ctx: RequestContext, input: HonourTypeCommand): Promise<HonourTypeEntity> {
    return this.db.run(ctx, async (tx) => {
      const district = await requireVisibleUnit(tx, input.districtId, OrgLevel.DISTRICT, 'districtId');
      auditOwner(ctx, district, district.name);
      ctx.assertCan(Permission.HONOUR_MANAGE, district);
      if (input.minStars == null && input.minGrade == null) {
        throw BadInputException.field('minStars', '请至少规定最低星级或最低等次之一');
      }
      const name = input.name.trim();
      if (await tx.findOne(HonourTypeEntity, { where: { districtId: district.id, name } })) {
        throw new ConflictException(`本区已有荣誉「${name}」`, [{ field: 'name', reasons: ['名称重复'] }]);
      }
      const id = randomUUID();
      await tx.insert(HonourTypeEntity, {
        id,
        districtId: district.id,
        townId: null,
        villageId: null,
        name,
        subjectType: input.subjectType,
        minStars: input.minStars ?? null,
        minGrade: input.minGrade ?? null,
        maxPerVillage: input.maxPerVillage ?? null,
        createdBy: ctx.requireUser().id,
      });
      return tx.findOneByOrFail(HonourTypeEntity, { id });
    });
  }

  types(ctx: RequestContext): Promise<HonourTypeEntity[]> {
    return this.db.run(ctx, (tx) => tx.find(HonourTypeEntity, { order: { name: 'ASC' } }));
  }

  nominate(ctx: RequestContext, input: NominateCommand): Promise<HonourNominationEntity> {
    return this.db.run(ctx, async (tx) => {
      const resident = await tx.findOne(ResidentEntity, { where: { id: input.residentId } });
      if (!resident) throw new NotFoundException('residentId：找不到该村民，或您无权查看');
      auditOwner(ctx, resident, resident.name);
      ctx.assertCan(Permission.HONOUR_NOMINATE, resident);
      const type = await tx.findOne(HonourTypeEntity, { where: { id: input.honourTypeId } });
      if (!type) throw new NotFoundException('honourTypeId：找不到该荣誉类型');
      const reason = input.reason.trim();
      if (!reason) throw BadInputException.field('reason', '请写明推荐理由');
      const final = await finalYearResults(tx, resident.villageId, input.year);
      if (!final) {
        throw BadInputException.field('year', `本村 ${input.year} 年度总评尚未最终确定，不能推荐`);
      }
      const result = final.results.get(resident.id);
      const refused = ineligibility(type, input.year, result);
      if (refused) throw BadInputException.field('residentId', refused);
      const key = {
        villageId: resident.villageId,
        honourTypeId: type.id,
        residentId: resident.id,
        year: input.year,
      };
      if (await tx.findOne(HonourNominationEntity, { where: key })) {
        throw new ConflictException(`${resident.name}已被推荐为 ${input.year} 年度「${type.name}」`, [
          { field: 'residentId', reasons: ['已推荐过'] },
        ]);
      }
      if (type.maxPerVillage !== null) {
        const taken = await tx.count(HonourNominationEntity, {
          where: {
            villageId: resident.villageId,
            honourTypeId: type.id,
            year: input.year,
            status: Not(NominationStatus.REJECTED),
          },
        });
        if (taken >= type.maxPerVillage) {
          throw BadInputException.field(
            'honourTypeId',
            `「${type.name}」每村最多推荐 ${type.maxPerVillage} 人，本村 ${input.year} 年度已推荐 ${taken} 人`,
          );
        }
      }
      const id = randomUUID();
      await tx.insert(HonourNominationEntity, {
        id,
        districtId: resident.districtId,
        townId: resident.townId,
        ...key,
        residentName: resident.name,
        reason,
        stars: result?.stars ?? null,
        grade: result ? gradeFor(result, type.subjectType) : null,
        status: NominationStatus.NOMINATED,
        decisionReason: null,
        decidedBy: null,
        decidedAt: null,
        listId: null,
        createdBy: ctx.requireUser().id,
      });
      const nomination = await tx.findOneByOrFail(HonourNominationEntity, { id });
      await this.event(tx, ctx, nomination, NominationStatus.NOMINATED, reason);
      return nomination;
    });
  }

  decide(
    ctx: RequestContext,
    input: { nominationId: string; approve: boolean; reason: string },
  ): Promise<HonourNominationEntity> {
    return this.db.run(ctx, async (tx) => {
      const nomination = await tx.findOne(HonourNominationEntity, { where: { id: input.nominationId } });
      if (!nomination) throw new NotFoundException('nominationId：找不到该推荐，或您无权查看');
      auditOwner(ctx, nomination, nomination.residentName);
      ctx.assertCan(Permission.HONOUR_APPROVE, nomination);
      const reason = input.reason.trim();
      if (!reason) throw BadInputException.field('reason', '审批须写明理由');
      if (nomination.status !== NominationStatus.NOMINATED) {
        throw new ConflictException('该推荐已审批过，不能再次审批', [
          { field: 'nominationId', reasons: ['已审批'] },
        ]);
      }
      const status = input.approve ? NominationStatus.APPROVED : NominationStatus.REJECTED;
      await tx.update(
        HonourNominationEntity,
        { id: nomination.id, status: NominationStatus.NOMINATED },
        { status, decisionReason: reason, decidedBy: ctx.requireUser().id, decidedAt: new Date() },
      );
      await this.event(tx, ctx, nomination, status, reason);
      return tx.findOneByOrFail(HonourNominationEntity, { id: nomination.id });
    });
  }

  /** The town's honour list of a year: its approved nominations, published once and then frozen. */
  publish(ctx: RequestContext, input: { townId: string; year: number }): Promise<HonourListEntity> {
    return this.db.run(ctx, async (tx) => {
      const town = await requireVisibleUnit(tx, input.townId, OrgLevel.TOWN, 'townId');
      auditOwner(ctx, town, town.name);
      ctx.assertCan(Permission.HONOUR_APPROVE, town);
      if (await tx.findOne(HonourListEntity, { where: { townId: town.id, year: input.year } })) {
        throw new ConflictException(`${town.name} ${input.year} 年度荣誉榜已公布，不能再次公布`, [
          { field: 'year', reasons: ['已公布'] },
        ]);
      }
      const approved = await tx.find(HonourNominationEntity, {
        where: { townId: town.id, year: input.year, status: NominationStatus.APPROVED },
      });
      if (approved.length === 0) {
        throw BadInputException.field('year', `${input.year} 年度没有已同意的推荐，无可公布`);
      }
      const id = randomUUID();
      await tx.insert(HonourListEntity, {
        id,
        districtId: town.districtId,
        townId: town.id,
        villageId: null,
        year: input.year,
        honourCount: approved.length,
        createdBy: ctx.requireUser().id,
      });
      await tx.update(
        HonourNominationEntity,
        { id: In(approved.map((n) => n.id)), status: NominationStatus.APPROVED },
        { status: NominationStatus.PUBLISHED, listId: id },
      );
      for (const nomination of approved) {
        await this.event(tx, ctx, nomination, NominationStatus.PUBLISHED, null);
      }
      return tx.findOneByOrFail(HonourListEntity, { id });
    });
  }

  nominations(ctx: RequestContext, filter: NominationFilter): Promise<HonourNominationEntity[]> {
    return this.db.run(ctx, async (tx) => {
      if (filter.villageId) await requireVisibleUnit(tx, filter.villageId, OrgLevel.VILLAGE, 'villageId');
      if (filter.townId) await requireVisibleUnit(tx, filter.townId, OrgLevel.TOWN, 'townId');
      return tx.find(HonourNominationEntity, {
        where: {
          ...(filter.villageId ? { villageId: filter.villageId } : {}),
          ...(filter.townId ? { townId: filter.townId } : {}),
          ...(filter.year ? { year: filter.year } : {}),
        },
        relations: { honourType: true },
        order: { year: 'DESC', createdAt: 'ASC' },
        take: 500,
      });
    });
  }

  /** A resident's published honours: for cadres who may read residents, and for the resident themself. */
  honoursOf(ctx: RequestContext, residentId: string): Promise<HonourNominationEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const resident = await tx.findOne(ResidentEntity, { where: { id: residentId } });
      const own = resident !== null && ctx.user !== null && resident.userId === ctx.user.id;
      if (!resident || (!own && !ctx.can(Permission.RESIDENT_READ, resident))) {
        throw new NotFoundException('residentId：找不到该村民，或您无权查看');
      }
      return published(tx, resident.id);
    });
  }

  myHonours(ctx: RequestContext): Promise<HonourNominationEntity[]> {
    const user = ctx.requireUser();
    return this.db.run(ctx, async (tx) => {
      const me = await tx.findOne(ResidentEntity, { where: { userId: user.id } });
      return me ? published(tx, me.id) : [];
    });
  }

  private async event(
    tx: TenantTx,
    ctx: RequestContext,
    nomination: HonourNominationEntity,
    status: NominationStatus,
    reason: string | null,
  ): Promise<void> {
    await tx.insert(HonourEventEntity, {
      id: randomUUID(),
      districtId: nomination.districtId,
      townId: nomination.townId,
      villageId: nomination.villageId,
      nominationId: nomination.id,
      status,
      reason,
      createdBy: ctx.requireUser().id,
    });
  }
}

function published(tx: TenantTx, residentId: string): Promise<HonourNominationEntity[]> {
  return tx.find(HonourNominationEntity, {
    where: { residentId, status: NominationStatus.PUBLISHED },
    relations: { honourType: true },
    order: { year: 'DESC' },
  });
}
