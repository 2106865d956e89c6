import { Column, Entity, PrimaryColumn, type Relation } from 'typeorm';
import { ManyToOneJoin, NUMERIC } from '@village/platform-common';
import { TenantIndexes, VillageOwnedChildColumns } from '@village/platform-tenancy';
import { PayoutPlanEntity } from './payout-plan.entity';

/** One resident's line of a payout plan, frozen when the plan is drafted (append-only). */
@Entity('payout_plan_line')
@TenantIndexes('payout_plan_line', { village: ['villageId', 'planId'] })
export class PayoutPlanLineEntity extends VillageOwnedChildColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOneJoin(() => PayoutPlanEntity, 'plan_id')
  plan?: Relation<PayoutPlanEntity>;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'resident_name', type: 'varchar', length: 64 })
  residentName: string;

  /** The period's credit points on the tally line the amount was computed from. */
  @Column({ name: 'basis_points', type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  basisPoints: number;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: NUMERIC })
  amountCents: number;

  /** Order on the plan: highest basis first, then name (the tally's rank groups do not apply). */
  @Column({ type: 'int' })
  position: number;
}
