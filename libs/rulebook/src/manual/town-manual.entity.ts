import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { TenantOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { RuleStatus } from '../common/item-enums';
import { NUMERIC } from '@village/platform-common';
import { FrameworkEntity } from '../framework/framework.entity';

/** A town's operating manual against one published framework, in versions; immutable once published. */
@Entity('town_manual')
@Unique('uq_town_manual_version', ['townId', 'version'])
@TenantIndexes('town_manual')
export class TownManualEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity)
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16, default: RuleStatus.DRAFT })
  status: RuleStatus;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** Registration window: the last N days of each month. */
  @Column({ name: 'registration_days', type: 'int', default: 3 })
  registrationDays: number;

  @Column({ name: 'notice_days', type: 'int', default: 7 })
  noticeDays: number;

  /** An act may be declared or registered up to this many days after it happened (补录期限). */
  @Column({ name: 'late_entry_days', type: 'int', default: 31 })
  lateEntryDays: number;

  @Column({ name: 'objection_answer_working_days', type: 'int', default: 7 })
  objectionAnswerWorkingDays: number;

  @Column({ name: 'village_max_positive_items', type: 'int', default: 5 })
  villageMaxPositiveItems: number;

  @Column({ name: 'village_max_negative_items', type: 'int', default: 5 })
  villageMaxNegativeItems: number;

  @Column({
    name: 'village_max_item_points',
    type: 'numeric',
    precision: 8,
    scale: 2,
    default: 2,
    transformer: NUMERIC,
  })
  villageMaxItemPoints: number;

  @Column({ type: 'text', default: '' })
  procedure: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'copied_from_id', type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
