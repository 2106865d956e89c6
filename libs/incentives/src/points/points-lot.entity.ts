import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';

/**
 * One credit of redeemable points with its expiry (积分批次). Spending takes the oldest-expiring lots
 * first; `remaining` falls with spends and expiry and rises with releases, always within 0…amount.
 */
@Entity('points_lot')
@TenantIndexes('points_lot')
@Index('ix_points_lot_account', ['accountId', 'expiresOn'])
@Check('ck_points_lot_amount', '"amount" > 0')
@Check('ck_points_lot_remaining', '"remaining" >= 0 AND "remaining" <= "amount"')
export class PointsLotEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /** The final period whose points this lot credits. */
  @Column({ name: 'period_id', type: 'uuid', nullable: true })
  periodId: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  amount: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  remaining: number;

  @Column({ name: 'earned_on', type: 'date' })
  earnedOn: string;

  /** The last day the lot may be spent; null: it never expires. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
