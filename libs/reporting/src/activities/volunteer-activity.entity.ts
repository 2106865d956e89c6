import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';

/**
 * A volunteer activity (志愿服务活动, DOMAIN.md §12): organiser, day, place, what is done, and the window in
 * which participants check in on the spot with its short code. Closing it proposes each participant's
 * hours as a registration for review under the village's per-hour item. Only `status` and `closed_*`
 * change, once (the trigger).
 */
@Entity('volunteer_activity')
@TenantIndexes('volunteer_activity', { village: ['villageId', 'startsAt'] })
@Index('uq_volunteer_activity_code', ['villageId', 'checkInCode'], {
  unique: true,
  where: `"status" = 'OPEN'`,
})
@Check('ck_volunteer_activity_window', '"ends_at" > "starts_at"')
export class VolunteerActivityEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 64 })
  organiser: string;

  @Column({ type: 'varchar', length: 100 })
  place: string;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** Hours credited to each participant when the activity closes (the organiser may set others). */
  @Column({ name: 'default_hours', type: 'numeric', precision: 5, scale: 1, transformer: NUMERIC })
  defaultHours: number;

  /** The village's per-hour (or milestone) item the hours are registered under. */
  @Column({ name: 'item_code', type: 'varchar', length: 32 })
  itemCode: string;

  /** Six digits shown by the organiser during the activity. */
  @Column({ name: 'check_in_code', type: 'char', length: 6 })
  checkInCode: string;

  @Column({ type: 'varchar', length: 8 })
  status: 'OPEN' | 'CLOSED';

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
