import { Column, Entity, Unique } from 'typeorm';
import { TenantIndexes } from '@village/platform-tenancy';
import { RuleVersionColumns } from '../common/rule-version-columns';
import { withRuleDefaults, type ScoreRules } from '../rules/score-rules';

/** The district's scoring framework for one year, in numbered versions; immutable once published. */
@Entity('framework')
@Unique('uq_framework_version', ['districtId', 'year', 'version'])
@TenantIndexes('framework')
export class FrameworkEntity extends RuleVersionColumns {
  @Column({ type: 'int' })
  year: number;

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
}
