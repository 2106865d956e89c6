import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Permission,
  SubjectType,
} from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  auditOwner,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';
import { SampleFinding } from './appraisal-enums';
import { keyRoleHolders } from './appraisal-roles';
import { drawSample } from './appraisal-sample';
import { AppraisalSampleFindingEntity } from './appraisal-sample-finding.entity';
import { AppraisalSampleReviewEntity } from './appraisal-sample-review.entity';

export const MAX_APPRAISAL_SAMPLE = 50;

/** One sampled person with what the town found, if anything yet. */
export interface AppraisalSampleItem {
  sample: AppraisalSampleReviewEntity;
  residentName: string;
  subjectTypes: SubjectType[];
  finding: AppraisalSampleFindingEntity | null;
}

/**
 * The town's review of a village's year-end appraisal (上级审查): a sample of key persons drawn once per
 * village and year, deterministically from the village and year (a retry draws the same people), and a
 * finding per sampled person, recorded once. A second draw with the same size returns the existing
 * sample; with another size it is refused (CONFLICT on `size`), so nobody can redraw until a convenient
 * sample comes up.
 */
@Injectable()
export class AppraisalSampleService {
  constructor(private readonly db: TenantDb) {}

  draw(ctx: RequestContext, villageId: string, year: number, size: number): Promise<AppraisalSampleItem[]> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.APPRAISAL_SAMPLE_REVIEW, village);
      if (!Number.isInteger(size) || size < 1 || size > MAX_APPRAISAL_SAMPLE) {
        throw BadInputException.field('size', `抽查人数必须是 1 到 ${MAX_APPRAISAL_SAMPLE} 之间的整数`);
      }
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `appraisal_sample:${village.id}:${year}`,
      ]);
      const existing = await tx.find(AppraisalSampleReviewEntity, { where: { villageId: village.id, year } });
      if (existing.length) {
        if (existing[0].sampleSize !== size) {
          throw new ConflictException(
            `${village.name} ${year} 年度民主评议已抽取 ${existing[0].sampleSize} 人审查，不能以其他人数重新抽取`,
            [{ field: 'size', reasons: [`已抽取 ${existing[0].sampleSize} 人`] }],
          );
        }
        return this.items(tx, village.id, year);
      }
      const holders = await keyRoleHolders(tx, village.id, year);
      const candidates = [...new Set(holders.map((h) => h.residentId))];
      if (size > candidates.length) {
        throw BadInputException.field(
          'size',
          `${village.name} ${year} 年度共有党员和村民代表 ${candidates.length} 人，抽查人数不能超过该数`,
        );
      }
      const userId = ctx.requireUser().id;
      await tx.insert(
        AppraisalSampleReviewEntity,
        drawSample(village.id, year, candidates, size).map((residentId, i) => ({
          id: randomUUID(),
          ...villageTenant(village),
          year,
          residentId,
          position: i + 1,
          sampleSize: size,
          createdBy: userId,
        })),
      );
      return this.items(tx, village.id, year);
    });
  }

  recordFinding(
    ctx: RequestContext,
    sampleId: string,
    finding: SampleFinding,
    note: string | null | undefined,
  ): Promise<AppraisalSampleItem> {
    return this.db.run(ctx, async (tx) => {
      const sample = await tx.findOne(AppraisalSampleReviewEntity, { where: { id: sampleId } });
      if (!sample) throw new NotFoundException('sampleId：找不到该抽查记录，或您无权查看');
      auditOwner(ctx, sample, `${sample.year} 年度民主评议抽查`);
      ctx.assertCan(Permission.APPRAISAL_SAMPLE_REVIEW, sample);
      const text = note?.trim() || null;
      if (finding === SampleFinding.QUESTIONED && !text) {
        throw BadInputException.field('note', '审查存在疑问时必须写明情况');
      }
      const decided = () =>
        new ConflictException('该抽查对象已记录审查结论，不能修改', [
          { field: 'sampleId', reasons: ['已记录审查结论'] },
        ]);
      if (await tx.findOne(AppraisalSampleFindingEntity, { where: { sampleId } })) throw decided();
      try {
        await tx.insert(AppraisalSampleFindingEntity, {
          id: randomUUID(),
          districtId: sample.districtId,
          townId: sample.townId,
          villageId: sample.villageId,
          sampleId,
          finding,
          note: text,
          createdBy: ctx.requireUser().id,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'uq_appraisal_sample_finding')) throw decided();
        throw error;
      }
      const items = await this.items(tx, sample.villageId, sample.year);
      return items.find((i) => i.sample.id === sampleId) as AppraisalSampleItem;
    });
  }

  /** The drawn sample of a village and year (empty before the draw). */
  get(ctx: RequestContext, villageId: string, year: number): Promise<AppraisalSampleItem[]> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      const allowed = [Permission.APPRAISAL_SAMPLE_REVIEW, Permission.AUDIT_READ, Permission.RESIDENT_READ];
      if (!allowed.some((p) => ctx.can(p, village))) {
        throw new ForbiddenException(`无权查看${village.name}的民主评议抽查`);
      }
      return this.items(tx, village.id, year);
    });
  }

  private async items(tx: TenantTx, villageId: string, year: number): Promise<AppraisalSampleItem[]> {
    const samples = await tx.find(AppraisalSampleReviewEntity, {
      where: { villageId, year },
      order: { position: 'ASC' },
    });
    if (!samples.length) return [];
    const ids = samples.map((s) => s.residentId);
    const residents = await tx.find(ResidentEntity, { where: { id: In(ids) } });
    const findings = await tx.find(AppraisalSampleFindingEntity, {
      where: { sampleId: In(samples.map((s) => s.id)) },
    });
    const holders = await keyRoleHolders(tx, villageId, year);
    return samples.map((sample) => ({
      sample,
      residentName: residents.find((r) => r.id === sample.residentId)?.name ?? '',
      subjectTypes: holders.filter((h) => h.residentId === sample.residentId).map((h) => h.subjectType),
      finding: findings.find((f) => f.sampleId === sample.id) ?? null,
    }));
  }
}
