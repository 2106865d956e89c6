import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { RedemptionStatus } from './redemption-enums';

/**
 * One redemption (兑换单), owned by the resident's village (so the resident, their village and their
 * town see it; a town shop's clerk sees those of every village of the town). It freezes the good's
 * name, price and value. `status` moves only by conditional updates from the status it was read in;
 * every move is also a row of redemption_event.
 */
@Entity('redemption')
@TenantIndexes('redemption')
@Unique('uq_redemption_client_key', ['villageId', 'clientKey'])
@Index('ix_redemption_resident', ['residentId', 'createdAt'])
@Index('ix_redemption_shop', ['shopId', 'status', 'createdAt'])
@Index('uq_redemption_pickup_code', ['shopId', 'pickupCode'], {
  unique: true,
  where: `"status" = 'RESERVED'`,
})
@Check('ck_redemption_quantity', '"quantity" > 0')
@Check('ck_redemption_points', '"points" > 0')
@Check('ck_redemption_status', `"status" IN ('RESERVED', 'PICKED_UP', 'CANCELLED', 'EXPIRED', 'REFUNDED')`)
@Check(
  'ck_redemption_on_behalf',
  `"on_behalf_by" IS NULL OR length(btrim(coalesce("resident_confirmation", ''))) > 0`,
)
export class RedemptionEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'shop_id', type: 'uuid' })
  shopId: string;

  @Column({ name: 'goods_id', type: 'uuid' })
  goodsId: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'int' })
  quantity: number;

  /** Points taken: quantity × the price when reserved. */
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  points: number;

  @Column({ name: 'goods_name', type: 'varchar', length: 64 })
  goodsName: string;

  @Column({
    name: 'value_yuan',
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: NUMERIC,
  })
  valueYuan: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: RedemptionStatus;

  /** The limit window the quotas were taken in ('2026-Q4', …), and whose quotas (resident, household). */
  @Column({ name: 'limit_window', type: 'varchar', length: 8 })
  limitWindow: string;

  @Column({ name: 'quota_holder_ids', type: 'uuid', array: true, default: () => "'{}'" })
  quotaHolderIds: string[];

  /** Whether stock was taken (false for unlimited services): a release gives back exactly what was taken. */
  @Column({ name: 'stock_taken', type: 'boolean' })
  stockTaken: boolean;

  /** Six digits the resident shows at the counter. */
  @Column({ name: 'pickup_code', type: 'char', length: 6 })
  pickupCode: string;

  /** The last day to pick up; after it the reservation expires. */
  @Column({ name: 'pickup_by', type: 'date' })
  pickupBy: string;

  @Column({ name: 'client_key', type: 'varchar', length: 100 })
  clientKey: string;

  @Column({ name: 'payload_hash', type: 'char', length: 64 })
  payloadHash: string;

  /** The clerk who reserved for a resident without a phone; their confirmation is recorded. */
  @Column({ name: 'on_behalf_by', type: 'uuid', nullable: true })
  onBehalfBy: string | null;

  @Column({ name: 'resident_confirmation', type: 'varchar', length: 200, nullable: true })
  residentConfirmation: string | null;

  /** A refund asked by a clerk after pickup, waiting for another cadre's second signature. */
  @Column({ name: 'refund_requested_by', type: 'uuid', nullable: true })
  refundRequestedBy: string | null;

  @Column({ name: 'refund_reason', type: 'varchar', length: 200, nullable: true })
  refundReason: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
