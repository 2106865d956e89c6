import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { NominationStatus } from './honour-enums';

/** One move of a nomination's status, with its reason and actor (append-only: the history stays). */
@Entity('honour_event')
@TenantIndexes('honour_event', { village: ['villageId', 'nominationId'] })
export class HonourEventEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Column({ type: 'varchar', length: 16 })
  status: NominationStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
