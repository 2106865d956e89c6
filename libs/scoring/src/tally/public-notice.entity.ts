import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';

/**
 * A posting of a tally for public notice (公示). Publishing a period opens its window (the town manual's
 * notice days); a re-tally after an upheld objection is posted again as a new row with the same window
 * end, so the history of what was posted, and when, is kept.
 */
@Entity('public_notice')
@TenantIndexes('public_notice')
@Index('ix_public_notice_period', ['periodId', 'postedAt'])
export class PublicNoticeEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @Column({ name: 'tally_id', type: 'uuid' })
  tallyId: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** Last day objections are accepted (inclusive). */
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @CreateDateColumn({ name: 'posted_at', type: 'timestamptz' })
  postedAt: Date;

  @Column({ name: 'posted_by', type: 'uuid', nullable: true })
  postedBy: string | null;
}
