import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Between } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  NotFoundException,
  Permission,
  todayInChina,
  updatedRows,
} from '@village/platform-common';
import { openAbsenceCase } from '@village/incentives';
import { DeclarationService } from '@village/scoring';
import {
  auditOwner,
  RequestContext,
  requireVisibleVillage,
  TenantDb,
  type TenantTx,
} from '@village/platform-tenancy';
import { attendanceRates, type AttendanceRate } from './attendance-rates';
import { requireListItem } from './list-item';
import { MeetingAttendanceEntity } from './meeting-attendance.entity';

import {
  ABSENCES_IN_A_ROW,
  ATTENDANCE_LABELS,
  AttendanceStatus,
  EXPECTED_SUBJECT,
  MEETING_TYPE_LABELS,
  MeetingType,
} from './meeting-enums';
import { MeetingEntity } from './meeting.entity';

export interface CreateMeetingCommand {
  villageId: string;
  type: MeetingType;
  title: string;
  heldOn: string;
  place: string;
  agenda: string;
  absenceItemCode?: string | null;
  presenceItemCode?: string | null;
}

export interface AttendanceCommand {
  residentId: string;
  status: AttendanceStatus;
  excuseReason?: string | null;
}

export interface ExpectedAttendee {
  residentId: string;
  residentName: string;
}

/**
 * Meetings and attendance (DOMAIN.md §12). Expected attendees come from the roles held on the day
 * (party members for 三会一课, representatives for the representative meeting, every active resident for
 * the assembly). Recording the attendance holds the meeting once; it proposes a registration for review
 * through the village's list items — an unexcused absence, an attendance — through scoring's
 * DeclarationService in the same transaction (never a ledger write); three unexcused absences in a row
 * from representative meetings open a rectification case (incentives' openAbsenceCase).
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: TenantDb,
    private readonly declarations: DeclarationService,
  ) {}

  create(ctx: RequestContext, input: CreateMeetingCommand): Promise<MeetingEntity> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, input.villageId);
      auditOwner(ctx, village, village.name);
      ctx.assertCan(Permission.MEETING_MANAGE, village);
      for (const field of ['absenceItemCode', 'presenceItemCode'] as const) {
        const code = input[field]?.trim();
        if (code) await requireListItem(tx, village.id, code, input.heldOn, field);
      }
      const id = randomUUID();
      await tx.insert(MeetingEntity, {
        id,
        districtId: village.districtId,
        townId: village.townId as string,
        villageId: village.id,
        type: input.type,
        title: input.title.trim(),
        heldOn: input.heldOn,
        place: input.place.trim(),
        agenda: input.agenda.trim(),
        absenceItemCode: input.absenceItemCode?.trim() || null,
        presenceItemCode: input.presenceItemCode?.trim() || null,
        status: 'PLANNED',
        minutes: null,
        recordedAt: null,
        recordedBy: null,
        createdBy: ctx.requireUser().id,
      });
      return tx.findOneByOrFail(MeetingEntity, { id });
    });
  }

  meetings(ctx: RequestContext, villageId: string, year: number): Promise<MeetingEntity[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      return tx.find(MeetingEntity, {
        where: { villageId, heldOn: Between(`${year}-01-01`, `${year}-12-31`) },
        order: { heldOn: 'DESC', createdAt: 'DESC' },
      });
    });
  }

  /** Attendance per meeting type, per quarter and for the year (attendance-rates.ts). */
  attendanceRates(ctx: RequestContext, villageId: string, year: number): Promise<AttendanceRate[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      return attendanceRates(tx, villageId, year);
    });
  }

  meeting(ctx: RequestContext, meetingId: string): Promise<MeetingEntity> {
    return this.db.run(ctx, (tx) => visibleMeeting(tx, meetingId));
  }

  expected(ctx: RequestContext, meeting: MeetingEntity): Promise<ExpectedAttendee[]> {
    return this.db.run(ctx, (tx) => expectedAttendees(tx, meeting));
  }

  attendance(ctx: RequestContext, meeting: MeetingEntity): Promise<MeetingAttendanceEntity[]> {
    return this.db.run(ctx, (tx) =>
      tx.find(MeetingAttendanceEntity, {
        where: { villageId: meeting.villageId, meetingId: meeting.id },
        order: { residentName: 'ASC' },
      }),
    );
  }

  record(
    ctx: RequestContext,
    input: { meetingId: string; minutes: string; attendance: AttendanceCommand[] },
  ): Promise<MeetingEntity> {
    return this.db.run(ctx, async (tx) => {
      const meeting = await visibleMeeting(tx, input.meetingId);
      auditOwner(ctx, meeting, meeting.title);
      ctx.assertCan(Permission.MEETING_MANAGE, meeting);
      if (meeting.heldOn > todayInChina()) {
        throw BadInputException.field('meetingId', `会议日期 ${meeting.heldOn} 还没到，不能登记出勤`);
      }
      const expected = await expectedAttendees(tx, meeting);
      const given = new Map(input.attendance.map((a) => [a.residentId, a]));
      if (given.size !== input.attendance.length)
        throw BadInputException.field('attendance', '同一人登记了两次');
      const missing = expected.filter((e) => !given.has(e.residentId));
      if (missing.length) {
        throw BadInputException.field(
          'attendance',
          `还有 ${missing.length} 位应到人员未登记出勤：${missing
            .slice(0, 5)
            .map((m) => m.residentName)
            .join('、')}${missing.length > 5 ? '等' : ''}`,
        );
      }
      const known = new Set(expected.map((e) => e.residentId));
      if (input.attendance.some((a) => !known.has(a.residentId))) {
        throw BadInputException.field(
          'attendance',
          `名单中有人不是本次${MEETING_TYPE_LABELS[meeting.type]}的应到人员`,
        );
      }
      for (const a of input.attendance) {
        if (a.status === AttendanceStatus.EXCUSED && !a.excuseReason?.trim()) {
          const who = expected.find((e) => e.residentId === a.residentId)?.residentName;
          throw BadInputException.field('excuseReason', `${who}请假，须写明请假事由`);
        }
      }
      // Held once: a second recording (or a parallel one) finds the meeting no longer PLANNED.
      const held = (await tx.query(
        `UPDATE meeting SET status = 'HELD', minutes = $2, recorded_at = now(), recorded_by = $3
          WHERE id = $1 AND status = 'PLANNED' RETURNING id`,
        [meeting.id, input.minutes.trim(), ctx.requireUser().id],
      )) as unknown[];
      if (updatedRows(held).length === 0) {
        throw new ConflictException('该会议的出勤已登记，不能再次登记', [
          { field: 'meetingId', reasons: ['已登记'] },
        ]);
      }
      for (const person of expected) {
        const a = given.get(person.residentId) as AttendanceCommand;
        const itemCode =
          a.status === AttendanceStatus.ABSENT
            ? meeting.absenceItemCode
            : a.status === AttendanceStatus.PRESENT
              ? meeting.presenceItemCode
              : null;
        const declaration = itemCode
          ? await this.declarations.register(ctx, person.residentId, {
              itemCode,
              actedOn: meeting.heldOn,
              note: `${meeting.heldOn} ${MEETING_TYPE_LABELS[meeting.type]}「${meeting.title}」${ATTENDANCE_LABELS[a.status]}（会议出勤登记）`,
              idempotencyKey: `meeting:${meeting.id}:${person.residentId}`,
            })
          : null;
        await tx.insert(MeetingAttendanceEntity, {
          id: randomUUID(),
          districtId: meeting.districtId,
          townId: meeting.townId,
          villageId: meeting.villageId,
          meetingId: meeting.id,
          meetingType: meeting.type,
          heldOn: meeting.heldOn,
          residentId: person.residentId,
          residentName: person.residentName,
          status: a.status,
          excuseReason: a.excuseReason?.trim() || null,
          declarationId: declaration?.id ?? null,
        });
      }
      if (meeting.type === MeetingType.REPRESENTATIVE) await openAbsenceCases(tx, meeting);
      return tx.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
  }
}

async function visibleMeeting(tx: TenantTx, meetingId: string): Promise<MeetingEntity> {
  const meeting = await tx.findOne(MeetingEntity, { where: { id: meetingId } });
  if (!meeting) throw new NotFoundException('meetingId：找不到该会议，或您无权查看');
  return meeting;
}

async function expectedAttendees(tx: TenantTx, meeting: MeetingEntity): Promise<ExpectedAttendee[]> {
  const subject = EXPECTED_SUBJECT[meeting.type];
  const rows = (await tx.query(
    subject
      ? `SELECT DISTINCT r.id, r.name FROM resident r JOIN subject_role s ON s.resident_id = r.id AND s.village_id = r.village_id
          WHERE r.village_id = $1 AND r.status = 'ACTIVE' AND s.subject_type = $3
            AND s.start_date <= $2 AND (s.end_date IS NULL OR s.end_date >= $2)
          ORDER BY r.name, r.id`
      : `SELECT r.id, r.name FROM resident r WHERE r.village_id = $1 AND r.status = 'ACTIVE' ORDER BY r.name, r.id`,
    subject ? [meeting.villageId, meeting.heldOn, subject] : [meeting.villageId],
  )) as { id: string; name: string }[];
  return rows.map((r) => ({ residentId: r.id, residentName: r.name }));
}

/** Representatives absent without excuse from each of the last three representative meetings. */
async function openAbsenceCases(tx: TenantTx, meeting: MeetingEntity): Promise<void> {
  const rows = (await tx.query(
    `SELECT a.resident_id, a.resident_name
       FROM meeting_attendance a
      WHERE a.village_id = $1 AND a.meeting_id IN (
              SELECT m.id FROM meeting m WHERE m.village_id = $1 AND m.type = 'REPRESENTATIVE' AND m.status = 'HELD'
               ORDER BY m.held_on DESC, m.recorded_at DESC LIMIT $2)
      GROUP BY a.resident_id, a.resident_name
     HAVING count(*) FILTER (WHERE a.status = 'ABSENT') = $2`,
    [meeting.villageId, ABSENCES_IN_A_ROW],
  )) as { resident_id: string; resident_name: string }[];
  for (const row of rows) {
    await openAbsenceCase(tx, {
      districtId: meeting.districtId,
      townId: meeting.townId,
      villageId: meeting.villageId,
      residentId: row.resident_id,
      residentName: row.resident_name,
      year: Number(meeting.heldOn.slice(0, 4)),
      basis: `连续 ${ABSENCES_IN_A_ROW} 次无故缺席村民代表会议（最近一次 ${meeting.heldOn}）`,
    });
  }
}
