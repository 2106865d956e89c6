import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';

/**
 * Who a village mentors after a final year: villagers at or below `maxStars`, or the bottom
 * `bottomPercent` by credit score. Without a rule, stars ≤ 1. The latest row is the rule (append-only).
 */
@Entity('mentoring_rule')
@Unique('uq_mentoring_rule', ['villageId', 'createdAt'])
@Check('ck_mentoring_rule_one', '("max_stars" IS NULL) <> ("bottom_percent" IS NULL)')
@Check('ck_mentoring_rule_percent', '"bottom_percent" IS NULL OR "bottom_percent" BETWEEN 1 AND 50')
@TenantIndexes('mentoring_rule', { village: false })
export class MentoringRuleEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'max_stars', type: 'integer', nullable: true })
  maxStars: number | null;

  @Column({ name: 'bottom_percent', type: 'integer', nullable: true })
  bottomPercent: number | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
