import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Between } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Permission,
  todayInChina,
  updatedRows,
} from '@village/platform-common';
import { ResidentEntity } from '@village/residents';
import { DeclarationService, readEvidence, type EvidenceUpload } from '@village/scoring';
import {
  auditOwner,
  RequestContext,
  requireVisibleVillage,
  TenantDb,
  type TenantTx,
} from '@village/platform-tenancy';
import { requireListItem } from '../meetings/list-item';
import { VolunteerActivityPhotoEntity } from './volunteer-activity-photo.entity';
import { VolunteerActivityEntity } from './volunteer-activity.entity';
import { VolunteerParticipationEntity } from './volunteer-participation.entity';

export interface CreateActivityCommand {
  villageId: string;
  title: string;
  organiser: string;
  place: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  defaultHours: number;
  itemCode: string;
}

const beijingDay = (moment: Date) => todayInChina(moment);

/** Photos per activity: with the evidence limits (5 files, 2 MB in all) the proposals can carry them. */
export const PHOTOS_PER_ACTIVITY = 3;
const clock = (moment: Date) =>
  new Date(moment.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Volunteer activities (DOMAIN.md §12): participants check in on the spot from the phone with the code
 * the organiser shows — only during the activity's window and only residents of its village (row-level
 * security shows a resident nothing else) — or are registered by the organiser, once per person.
 * Closing the activity proposes each participant's hours as a registration for review under the
 * village's per-hour item (DeclarationService, same transaction; never a ledger write).
 */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly db: TenantDb,
    private readonly declarations: DeclarationService,
  ) {}

  create(ctx: RequestContext, input: CreateActivityCommand): Promise<VolunteerActivityEntity> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, input.villageId);
      auditOwner(ctx, village, village.name);
      ctx.assertCan(Permission.MEETING_MANAGE, village);
      if (input.endsAt <= input.startsAt) throw BadInputException.field('endsAt', '结束时间应晚于开始时间');
      if (input.endsAt.getTime() - input.startsAt.getTime() > 24 * 3_600_000) {
        throw BadInputException.field('endsAt', '一次活动的签到时段不能超过 24 小时');
      }
      await requireListItem(tx, village.id, input.itemCode, beijingDay(input.startsAt), 'itemCode');
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const id = randomUUID();
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        // A code is unique among the village's open activities (the partial unique index decides).
        const inserted = (await tx.query(
          `INSERT INTO volunteer_activity (id, district_id, town_id, village_id, title, organiser, place, description,
                                           starts_at, ends_at, default_hours, item_code, check_in_code, status, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'OPEN', $14)
           ON CONFLICT (village_id, check_in_code) WHERE status = 'OPEN' DO NOTHING RETURNING id`,
          [
            id,
            village.districtId,
            village.townId,
            village.id,
            input.title.trim(),
            input.organiser.trim(),
            input.place.trim(),
            input.description.trim(),
            input.startsAt,
            input.endsAt,
            input.defaultHours,
            input.itemCode.trim(),
            code,
            ctx.requireUser().id,
          ],
        )) as unknown[];
        if (inserted.length) return tx.findOneByOrFail(VolunteerActivityEntity, { id });
      }
      throw new ConflictException('签到码生成失败，请重试');
    });
  }

  /** A resident checks in with the code, from the phone; a second check-in answers the first. */
  checkIn(ctx: RequestContext, rawCode: string): Promise<VolunteerParticipationEntity> {
    const user = ctx.requireUser();
    return this.db.run(ctx, async (tx) => {
      const me = await tx.findOne(ResidentEntity, { where: { userId: user.id } });
      if (!me) throw new ForbiddenException('您的账号未关联村民档案，不能签到');
      const code = rawCode.trim();
      const activity = await tx.findOne(VolunteerActivityEntity, {
        where: { villageId: me.villageId, checkInCode: code, status: 'OPEN' },
      });
      if (!activity)
        throw BadInputException.field(
          'code',
          '签到码无效：请核对组织者出示的 6 位数字（只能签到本村的活动）',
        );
      const now = new Date();
      if (now < activity.startsAt || now > activity.endsAt) {
        throw BadInputException.field(
          'code',
          `「${activity.title}」的签到时间为 ${clock(activity.startsAt)} 至 ${clock(activity.endsAt)}（北京时间）`,
        );
      }
      return join(tx, activity, me, 'CHECK_IN', activity.defaultHours);
    });
  }

  /** The organiser registers a participant (no phone, or forgot to check in), with their hours. */
  register(
    ctx: RequestContext,
    input: { activityId: string; residentId: string; hours?: number | null },
  ): Promise<VolunteerParticipationEntity> {
    return this.db.run(ctx, async (tx) => {
      const activity = await managed(tx, ctx, input.activityId);
      if (activity.status !== 'OPEN') throw new ConflictException('活动已结束，不能再登记参与者');
      const resident = await tx.findOne(ResidentEntity, {
        where: { id: input.residentId, villageId: activity.villageId },
      });
      if (!resident) throw BadInputException.field('residentId', '不是本村村民，不能登记为该活动的参与者');
      return join(tx, activity, resident, 'ORGANISER', input.hours ?? activity.defaultHours);
    });
  }

  /** The organiser adds a photo of the activity while it is open (at most PHOTOS_PER_ACTIVITY). */
  addPhoto(
    ctx: RequestContext,
    input: { activityId: string; photo: EvidenceUpload },
  ): Promise<VolunteerActivityPhotoEntity> {
    return this.db.run(ctx, async (tx) => {
      const activity = await managed(tx, ctx, input.activityId);
      if (activity.status !== 'OPEN') throw new ConflictException('活动已结束，不能再上传照片');
      const [file] = photoFile(input.photo);
      if (!file.contentType.startsWith('image/'))
        throw BadInputException.field('photo', '只能上传 JPEG 或 PNG 照片');
      // One organiser's uploads at a time per activity, so the count holds under parallel uploads.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('activity-photo:' || $1))`, [activity.id]);
      const photos = await tx.count(VolunteerActivityPhotoEntity, {
        where: { villageId: activity.villageId, activityId: activity.id },
      });
      if (photos >= PHOTOS_PER_ACTIVITY) {
        throw BadInputException.field('photo', `每个活动最多上传 ${PHOTOS_PER_ACTIVITY} 张照片`);
      }
      const id = randomUUID();
      await tx.insert(VolunteerActivityPhotoEntity, {
        id,
        districtId: activity.districtId,
        townId: activity.townId,
        villageId: activity.villageId,
        activityId: activity.id,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.bytes.length,
        sha256: file.sha256,
        content: file.bytes,
        createdBy: ctx.requireUser().id,
      });
      return tx.findOneByOrFail(VolunteerActivityPhotoEntity, { id });
    });
  }

  photos(ctx: RequestContext, activity: VolunteerActivityEntity): Promise<VolunteerActivityPhotoEntity[]> {
    return this.db.run(ctx, (tx) =>
      tx.find(VolunteerActivityPhotoEntity, {
        where: { villageId: activity.villageId, activityId: activity.id },
        order: { createdAt: 'ASC' },
      }),
    );
  }

  /**
   * Closes the activity once and proposes every participant's hours for review, with the activity's
   * photos as each proposal's evidence (refused without photos when the item requires evidence, before
   * anything is written).
   */
  close(ctx: RequestContext, activityId: string): Promise<VolunteerActivityEntity> {
    return this.db.run(ctx, async (tx) => {
      const activity = await managed(tx, ctx, activityId);
      const closed = updatedRows(
        await tx.query(
          `UPDATE volunteer_activity SET status = 'CLOSED', closed_at = now() WHERE id = $1 AND status = 'OPEN' RETURNING id`,
          [activity.id],
        ),
      );
      if (closed.length === 0)
        throw new ConflictException('活动已结束', [{ field: 'activityId', reasons: ['已结束'] }]);
      const participants = await tx.find(VolunteerParticipationEntity, {
        where: { villageId: activity.villageId, activityId: activity.id },
      });
      const evidence = await activityEvidence(tx, activity);
      if (evidence.length === 0 && participants.length > 0) {
        const item = await requireListItem(
          tx,
          activity.villageId,
          activity.itemCode,
          beijingDay(activity.startsAt),
          'itemCode',
        );
        if (item.evidenceRequired) {
          throw BadInputException.field(
            'activityId',
            `事项 ${item.code}「${item.name}」须提交佐证：请先上传活动照片，再结束活动`,
          );
        }
      }
      for (const p of participants) {
        const declaration = await this.declarations.register(ctx, p.residentId, {
          itemCode: activity.itemCode,
          actedOn: p.heldOn,
          quantity: p.hours,
          note: `志愿服务「${activity.title}」${p.hours} 小时（${p.channel === 'CHECK_IN' ? '现场签到' : '组织者登记'}）`,
          idempotencyKey: `activity:${activity.id}:${p.residentId}`,
          evidence,
        });
        await tx.query('UPDATE volunteer_participation SET declaration_id = $2 WHERE id = $1', [
          p.id,
          declaration.id,
        ]);
      }
      return tx.findOneByOrFail(VolunteerActivityEntity, { id: activity.id });
    });
  }

  activities(ctx: RequestContext, villageId: string, year: number): Promise<VolunteerActivityEntity[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      return tx.find(VolunteerActivityEntity, {
        where: {
          villageId,
          startsAt: Between(
            new Date(`${year}-01-01T00:00:00+08:00`),
            new Date(`${year}-12-31T23:59:59+08:00`),
          ),
        },
        order: { startsAt: 'DESC' },
      });
    });
  }

  activity(ctx: RequestContext, id: string): Promise<VolunteerActivityEntity> {
    return this.db.run(ctx, (tx) => visibleActivity(tx, id));
  }

  participants(
    ctx: RequestContext,
    activity: VolunteerActivityEntity,
  ): Promise<VolunteerParticipationEntity[]> {
    return this.db.run(ctx, (tx) =>
      tx.find(VolunteerParticipationEntity, {
        where: { villageId: activity.villageId, activityId: activity.id },
        order: { createdAt: 'ASC' },
      }),
    );
  }
}

async function visibleActivity(tx: TenantTx, id: string): Promise<VolunteerActivityEntity> {
  const activity = await tx.findOne(VolunteerActivityEntity, { where: { id } });
  if (!activity) throw new NotFoundException('activityId：找不到该活动，或您无权查看');
  return activity;
}

async function managed(tx: TenantTx, ctx: RequestContext, id: string): Promise<VolunteerActivityEntity> {
  const activity = await visibleActivity(tx, id);
  auditOwner(ctx, activity, activity.title);
  ctx.assertCan(Permission.MEETING_MANAGE, activity);
  return activity;
}

async function join(
  tx: TenantTx,
  activity: VolunteerActivityEntity,
  resident: ResidentEntity,
  channel: 'CHECK_IN' | 'ORGANISER',
  hours: number,
): Promise<VolunteerParticipationEntity> {
  // Once per person: a repeated or parallel check-in finds the first row.
  await tx.query(
    `INSERT INTO volunteer_participation (id, district_id, town_id, village_id, activity_id, resident_id, resident_name,
                                          channel, held_on, hours)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (activity_id, resident_id) DO NOTHING`,
    [
      randomUUID(),
      activity.districtId,
      activity.townId,
      activity.villageId,
      activity.id,
      resident.id,
      resident.name,
      channel,
      beijingDay(activity.startsAt),
      hours,
    ],
  );
  return tx.findOneOrFail(VolunteerParticipationEntity, {
    where: { villageId: activity.villageId, activityId: activity.id, residentId: resident.id },
  });
}

/** The activity's photos as evidence uploads for the proposals its closing makes. */
async function activityEvidence(tx: TenantTx, activity: VolunteerActivityEntity): Promise<EvidenceUpload[]> {
  const rows = (await tx.query(
    'SELECT file_name, content_type, content FROM volunteer_activity_photo WHERE village_id = $1 AND activity_id = $2 ORDER BY created_at',
    [activity.villageId, activity.id],
  )) as { file_name: string; content_type: string; content: Buffer }[];
  return rows.map((r) => ({
    fileName: r.file_name,
    contentType: r.content_type,
    contentBase64: r.content.toString('base64'),
  }));
}

/** The photo checked as evidence is (type, content, size), its refusals naming the field `photo`. */
function photoFile(photo: EvidenceUpload) {
  try {
    return readEvidence([photo]);
  } catch (error) {
    if (!(error instanceof BadInputException)) throw error;
    throw new BadInputException(error.fields.map((f) => ({ ...f, field: 'photo' })));
  }
}
