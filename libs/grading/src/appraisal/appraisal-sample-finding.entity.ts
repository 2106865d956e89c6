import { Check, Column, Entity, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { AppraisalSampleReviewEntity } from './appraisal-sample-review.entity';
import { SampleFinding } from './appraisal-enums';

/** The town's finding on one sampled person: recorded once, never changed (append-only). */
@Entity('appraisal_sample_finding')
@Unique('uq_appraisal_sample_finding', ['sampleId'])
@Check('ck_appraisal_sample_finding', `"finding" IN ('CONFIRMED', 'QUESTIONED')`)
@Check(
  'ck_appraisal_sample_finding_note',
  `"finding" = 'CONFIRMED' OR length(btrim(coalesce("note", ''))) > 0`,
)
@TenantIndexes('appraisal_sample_finding')
export class AppraisalSampleFindingEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'sample_id', type: 'uuid' })
  sampleId: string;

  @ManyToOneJoin(() => AppraisalSampleReviewEntity, 'sample_id')
  sample?: Relation<AppraisalSampleReviewEntity>;

  @Column({ type: 'varchar', length: 16 })
  finding: SampleFinding;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
