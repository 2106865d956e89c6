import { Column, Entity, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';

/**
 * One key person drawn by the town for review of a village's year-end appraisal (上级审查). The sample
 * of a village and year is drawn once (append-only); findings go to appraisal_sample_finding.
 */
@Entity('appraisal_sample_review')
@Unique('uq_appraisal_sample_review_person', ['villageId', 'year', 'residentId'])
@Unique('uq_appraisal_sample_review_position', ['villageId', 'year', 'position'])
@TenantIndexes('appraisal_sample_review', { village: false })
export class AppraisalSampleReviewEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id')
  resident?: Relation<ResidentEntity>;

  /** 1-based place in the draw. */
  @Column({ type: 'int' })
  position: number;

  /** How many were drawn (the same on every row of the sample). */
  @Column({ name: 'sample_size', type: 'int' })
  sampleSize: number;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
