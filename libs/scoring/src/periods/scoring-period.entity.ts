import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ScoringPeriodKind, ScoringPeriodStatus } from './period-enums';

/**
 * A month, quarter or year of a village's scoring cycle. Bounds never change once opened, and the status
 * only moves forward (a trigger refuses anything else); each move is recorded in scoring_period_event.
 */
@Entity('scoring_period')
@Check(
  'ck_scoring_period_number',
  `("kind" = 'MONTH' AND "number" BETWEEN 1 AND 12) OR ("kind" = 'QUARTER' AND "number" BETWEEN 1 AND 4) OR ("kind" = 'YEAR' AND "number" = 1)`,
)
@Check(
  'ck_scoring_period_status',
  `("kind" = 'MONTH' AND "status" IN ('OPEN', 'CLOSED')) OR ("kind" <> 'MONTH' AND "status" IN ('OPEN', 'TALLIED', 'NOTICE', 'FINAL'))`,
)
@Check('ck_scoring_period_bounds', `"starts_on" <= "ends_on"`)
@Unique('uq_scoring_period', ['villageId', 'kind', 'year', 'number'])
@TenantIndexes('scoring_period', { village: false })
@Index('ix_scoring_period_village_dates', ['villageId', 'startsOn'])
export class ScoringPeriodEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ScoringPeriodKind;

  @Column({ type: 'int' })
  year: number;

  /** 1–12 for months, 1–4 for quarters, 1 for the year. */
  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 16, default: ScoringPeriodStatus.OPEN })
  status: ScoringPeriodStatus;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
