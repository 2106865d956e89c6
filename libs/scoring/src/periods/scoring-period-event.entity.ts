import { Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ScoringPeriodStatus } from './period-enums';
import { ScoringPeriodEntity } from './scoring-period.entity';

/** The status history of a scoring period: append-only (the table refuses UPDATE and DELETE). */
@Entity('scoring_period_event')
@TenantIndexes('scoring_period_event')
@Index('ix_scoring_period_event_period', ['periodId'])
export class ScoringPeriodEventEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @ManyToOneJoin(() => ScoringPeriodEntity, 'period_id')
  period?: Relation<ScoringPeriodEntity>;

  /** Null when the period was opened. */
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: ScoringPeriodStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: ScoringPeriodStatus;

  @Column({ type: 'text' })
  reason: string;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
