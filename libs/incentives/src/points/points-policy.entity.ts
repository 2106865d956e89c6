import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';
import type { ScoreTrack } from '@village/rulebook';
import { PointsAccountLevel, PointsExpiryMode } from './points-enums';

/**
 * How a district (or a town, for its own villages) turns approved points into redeemable points and
 * when they expire. Append-only: a change is a new row; the newest row of the town, else of the
 * district, is in force (points-policy.ts), and each lot keeps the expiry it was credited with.
 */
@Entity('points_policy')
@TenantIndexes('points_policy')
@Check('ck_points_policy_rate', '"rate" > 0')
@Check('ck_points_policy_level', `"account_level" IN ('RESIDENT', 'HOUSEHOLD')`)
@Check('ck_points_policy_expiry', `"expiry_mode" IN ('YEARLY', 'QUARTERLY', 'NONE')`)
@Check(
  'ck_points_policy_reset',
  `"expiry_mode" <> 'YEARLY' OR "reset_month_day" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'`,
)
export class PointsPolicyEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  /** The tracks whose approved points earn (CREDIT, ROLE_DUTY). */
  @Column({ type: 'varchar', length: 16, array: true })
  tracks: ScoreTrack[];

  /** Redeemable points per approved point. */
  @Column({ type: 'numeric', precision: 8, scale: 2, transformer: NUMERIC })
  rate: number;

  /** Whether a period's deductions reduce what it earns (never below zero, never the balance). */
  @Column({ name: 'deductions_reduce', type: 'boolean' })
  deductionsReduce: boolean;

  @Column({ name: 'account_level', type: 'varchar', length: 16 })
  accountLevel: PointsAccountLevel;

  @Column({ name: 'expiry_mode', type: 'varchar', length: 16 })
  expiryMode: PointsExpiryMode;

  /** MM-DD of the yearly reset (YEARLY). */
  @Column({ name: 'reset_month_day', type: 'varchar', length: 5, nullable: true })
  resetMonthDay: string | null;

  /** Months a lot lasts (NONE; null: never expires). */
  @Column({ name: 'validity_months', type: 'int', nullable: true })
  validityMonths: number | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
