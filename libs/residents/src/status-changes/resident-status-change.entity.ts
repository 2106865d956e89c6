import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ResidentEntity } from '../residents/resident.entity';
import { ResidentStatus } from '../residents/resident-status.enum';

/** One change of a resident's status and why (迁出、已故、…). Append-only: the history is never rewritten. */
@Entity('resident_status_change')
@TenantIndexes('resident_status_change')
@Index('ix_resident_status_change_resident', ['residentId', 'changedAt'])
export class ResidentStatusChangeEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id')
  resident?: Relation<ResidentEntity>;

  @Column({ name: 'from_status', type: 'varchar', length: 16 })
  fromStatus: ResidentStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: ResidentStatus;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;
}
