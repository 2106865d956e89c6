import { Check, Column, Entity, Index, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import type { SubjectType } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';
import { AppraisalRaterKind } from './appraisal-enums';

/**
 * One year-end rating (民主评议) of a party member or representative by a resident of the same village.
 * Given once, never changed (append-only table); raters are visible to auditors only.
 */
@Entity('appraisal_rating')
@Unique('uq_appraisal_rating', ['year', 'rateeResidentId', 'subjectType', 'raterResidentId'])
@Check('ck_appraisal_rating_range', `"rating" BETWEEN 0 AND 100`)
@Check('ck_appraisal_rating_subject', `"subject_type" IN ('PARTY_MEMBER', 'REPRESENTATIVE')`)
@Check('ck_appraisal_rating_kind', `"rater_kind" IN ('PEER', 'MASS')`)
@Check('ck_appraisal_rating_not_self', `"rater_resident_id" <> "ratee_resident_id"`)
@TenantIndexes('appraisal_rating', { village: false })
@Index('ix_appraisal_rating_village_year', ['villageId', 'year'])
@Index('ix_appraisal_rating_rater', ['raterResidentId'])
export class AppraisalRatingEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ name: 'ratee_resident_id', type: 'uuid' })
  rateeResidentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'ratee_resident_id')
  ratee?: Relation<ResidentEntity>;

  @Column({ name: 'subject_type', type: 'varchar', length: 16 })
  subjectType: SubjectType;

  @Column({ name: 'rater_kind', type: 'varchar', length: 8 })
  raterKind: AppraisalRaterKind;

  @Column({ name: 'rater_resident_id', type: 'uuid' })
  raterResidentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'rater_resident_id')
  rater?: Relation<ResidentEntity>;

  /** 0–100. */
  @Column({ type: 'int' })
  rating: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
