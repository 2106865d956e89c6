import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { RedemptionStatus } from './redemption-enums';

/**
 * The history of a redemption (append-only): each step with who took it, why, and the client key that
 * makes the step idempotent (the same key again returns the first result; with another step, CONFLICT).
 */
@Entity('redemption_event')
@TenantIndexes('redemption_event')
@Unique('uq_redemption_event_client_key', ['villageId', 'clientKey'])
@Index('ix_redemption_event_redemption', ['redemptionId', 'createdAt'])
export class RedemptionEventEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'redemption_id', type: 'uuid' })
  redemptionId: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: RedemptionStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: RedemptionStatus;

  /** REFUND_REQUESTED is recorded as a step that keeps the status (to_status = from_status). */
  @Column({ type: 'varchar', length: 24 })
  step: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ name: 'client_key', type: 'varchar', length: 100 })
  clientKey: string;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
