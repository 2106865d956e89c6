import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { MeetingType } from './meeting-enums';

/**
 * A village meeting: planned with its type, day, place, agenda and the scoring-list items its attendance
 * proposes (an unexcused absence, an attendance), then held once — its minutes and attendance recorded
 * together, never changed afterwards (the trigger).
 */
@Entity('meeting')
@TenantIndexes('meeting', { village: ['villageId', 'heldOn'] })
@Check('ck_meeting_status', `"status" IN ('PLANNED', 'HELD')`)
export class MeetingEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 24 })
  type: MeetingType;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'varchar', length: 100 })
  place: string;

  @Column({ type: 'varchar', length: 1000 })
  agenda: string;

  /** The village list item an unexcused absence is registered under (for review), if any. */
  @Column({ name: 'absence_item_code', type: 'varchar', length: 32, nullable: true })
  absenceItemCode: string | null;

  /** The village list item an attendance is registered under, if any. */
  @Column({ name: 'presence_item_code', type: 'varchar', length: 32, nullable: true })
  presenceItemCode: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: 'PLANNED' | 'HELD';

  @Column({ type: 'varchar', length: 4000, nullable: true })
  minutes: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
