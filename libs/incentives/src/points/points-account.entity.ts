import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';

/**
 * A redeemable-points balance (可兑换积分账户), of one resident or one household. `balance` is a running
 * total kept in the same transaction as every movement (the sum of the account's movements, which
 * tests/incentives prove); spending never touches the evaluation score.
 */
@Entity('points_account')
@TenantIndexes('points_account')
@Index('uq_points_account_resident', ['residentId'], { unique: true, where: '"resident_id" IS NOT NULL' })
@Index('uq_points_account_household', ['householdId'], { unique: true, where: '"household_id" IS NOT NULL' })
@Check('ck_points_account_owner', '("resident_id" IS NULL) <> ("household_id" IS NULL)')
@Check('ck_points_account_balance', '"balance" >= 0')
export class PointsAccountEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0, transformer: NUMERIC })
  balance: number;

  @CreatedAtColumn()
  createdAt: Date;
}
