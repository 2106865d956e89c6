import { Column, Entity, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { TenantIndexes, VillageOwnedChildColumns } from '@village/platform-tenancy';
import { PayoutPlanEntity } from './payout-plan.entity';
import { PayoutPlanStatus } from './payout-enums';

/** One step of a payout plan with its note and actor (append-only: the history stays). */
@Entity('payout_plan_event')
@TenantIndexes('payout_plan_event', { village: ['villageId', 'planId'] })
export class PayoutPlanEventEntity extends VillageOwnedChildColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOneJoin(() => PayoutPlanEntity, 'plan_id')
  plan?: Relation<PayoutPlanEntity>;

  @Column({ type: 'varchar', length: 16 })
  status: PayoutPlanStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
