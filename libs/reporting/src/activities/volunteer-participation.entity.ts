import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, VillageOwnedChildColumns } from '@village/platform-tenancy';

/**
 * One participant of an activity: checked in on the phone with the code, or registered by the organiser;
 * once per person and activity. `declaration_id` is the registration proposed when the activity closed
 * (written then, the only change; the trigger).
 */
@Entity('volunteer_participation')
@TenantIndexes('volunteer_participation', { village: ['villageId', 'activityId'] })
@Unique('uq_volunteer_participation', ['activityId', 'residentId'])
export class VolunteerParticipationEntity extends VillageOwnedChildColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'resident_name', type: 'varchar', length: 64 })
  residentName: string;

  /** CHECK_IN (on the phone, with the code) or ORGANISER (registered by the organiser). */
  @Column({ type: 'varchar', length: 12 })
  channel: 'CHECK_IN' | 'ORGANISER';

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: NUMERIC })
  hours: number;

  @Column({ name: 'declaration_id', type: 'uuid', nullable: true })
  declarationId: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
