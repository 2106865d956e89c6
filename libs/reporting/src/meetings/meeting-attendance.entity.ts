import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { TenantIndexes, VillageOwnedChildColumns } from '@village/platform-tenancy';
import { AttendanceStatus } from './meeting-enums';

/** One expected attendee's attendance at a held meeting, with the registration it proposed (append-only). */
@Entity('meeting_attendance')
@TenantIndexes('meeting_attendance', { village: ['villageId', 'meetingId'] })
@Unique('uq_meeting_attendance', ['meetingId', 'residentId'])
@Check(
  'ck_meeting_attendance_excuse',
  `"status" <> 'EXCUSED' OR length(btrim(coalesce("excuse_reason", ''))) > 0`,
)
export class MeetingAttendanceEntity extends VillageOwnedChildColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'meeting_type', type: 'varchar', length: 24 })
  meetingType: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'resident_name', type: 'varchar', length: 64 })
  residentName: string;

  @Column({ type: 'varchar', length: 8 })
  status: AttendanceStatus;

  @Column({ name: 'excuse_reason', type: 'varchar', length: 200, nullable: true })
  excuseReason: string | null;

  /** The registration (declaration, pending review) the attendance proposed, if its item is set. */
  @Column({ name: 'declaration_id', type: 'uuid', nullable: true })
  declarationId: string | null;
}
