import { Column, Entity, Unique } from 'typeorm';
import { TenantIndexes } from '@village/platform-tenancy';
import { RuleVersionColumns } from '../common/rule-version-columns';
import { NUMERIC, ManyToOneJoin } from '@village/platform-common';
import { FrameworkEntity } from '../framework/framework.entity';

/** A town's operating manual against one published framework, in versions; immutable once published. */
@Entity('town_manual')
@Unique('uq_town_manual_version', ['townId', 'version'])
@TenantIndexes('town_manual')
export class TownManualEntity extends RuleVersionColumns {
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOneJoin(() => FrameworkEntity, 'framework_id')
  framework?: FrameworkEntity;

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
}
