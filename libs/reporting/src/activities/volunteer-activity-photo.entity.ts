import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedChildColumns } from '@village/platform-tenancy';

/**
 * A photo of a volunteer activity, uploaded by the organiser while it is open. When the activity closes
 * its photos are each participant's evidence for the proposed hours (items such as P01 require it).
 * Kept in the row (at most three small photos per activity), append-only.
 */
@Entity('volunteer_activity_photo')
@TenantIndexes('volunteer_activity_photo', { village: ['villageId', 'activityId'] })
export class VolunteerActivityPhotoEntity extends VillageOwnedChildColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'content_type', type: 'varchar', length: 64 })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
