import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique } from 'typeorm';
import { TenantOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { RuleStatus } from '../common/item-enums';
import { withRuleDefaults, type ScoreRules } from '../rules/score-rules';

/** The district's scoring framework for one year, in numbered versions; immutable once published. */
@Entity('framework')
@Unique('uq_framework_version', ['districtId', 'year', 'version'])
@TenantIndexes('framework')
export class FrameworkEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16, default: RuleStatus.DRAFT })
  status: RuleStatus;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** Read through withRuleDefaults: rows stored before a rule key existed get its default. */
  @Column({
    type: 'jsonb',
    transformer: {
      to: (rules: ScoreRules) => rules,
      from: (stored: Partial<ScoreRules> | null) => withRuleDefaults(stored),
    },
  })
  rules: ScoreRules;

  @Column({ name: 'max_adjustment_percent', type: 'int', default: 20 })
  maxAdjustmentPercent: number;

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
