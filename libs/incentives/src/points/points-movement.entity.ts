import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { PointsMovementKind } from './points-enums';

/**
 * The redeemable-points ledger (可兑换积分流水): append-only and hash-chained per village like the
 * evaluation ledger (the platform's hash-chain helpers). Every change of a balance or a lot is one
 * movement per lot; a correction is a REVERSAL, never an edit.
 */
@Entity('points_movement')
@Unique('uq_points_movement_seq', ['villageId', 'seq'])
@Unique('uq_points_movement_idempotency', ['villageId', 'idempotencyKey'])
@TenantIndexes('points_movement', { village: false })
@Index('ix_points_movement_account', ['accountId', 'seq'])
@Index('ix_points_movement_redemption', ['redemptionId'])
@Check('ck_points_movement_points', '"points" <> 0')
@Check('ck_points_movement_kind', `"kind" IN ('EARN', 'SPEND', 'RELEASE', 'EXPIRE', 'REVERSAL')`)
export class PointsMovementEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'bigint', transformer: NUMERIC })
  seq: number;

  @Column({ type: 'varchar', length: 16 })
  kind: PointsMovementKind;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'lot_id', type: 'uuid', nullable: true })
  lotId: string | null;

  /** Signed: + credits the account, − debits it. */
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  points: number;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'period_id', type: 'uuid', nullable: true })
  periodId: string | null;

  @Column({ name: 'redemption_id', type: 'uuid', nullable: true })
  redemptionId: string | null;

  @Column({ name: 'reverses_movement_id', type: 'uuid', nullable: true })
  reversesMovementId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey: string;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ name: 'entry_hash', type: 'char', length: 64 })
  entryHash: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
