import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn, SubjectType } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';
import type { Grade } from '@village/grading';

/**
 * A kind of honour a district awards (优秀党员, 五星文明户, …) with who may be nominated for it: a subject
 * type and the final year's minimum stars and/or grade. Published from above: towns and villages read it.
 */
@Entity('honour_type')
@Unique('uq_honour_type_name', ['districtId', 'name'])
@Check('ck_honour_type_stars', '"min_stars" IS NULL OR "min_stars" BETWEEN 0 AND 5')
@Check('ck_honour_type_max', '"max_per_village" IS NULL OR "max_per_village" > 0')
@TenantIndexes('honour_type')
export class HonourTypeEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 24 })
  subjectType: SubjectType;

  @Column({ name: 'min_stars', type: 'integer', nullable: true })
  minStars: number | null;

  @Column({ name: 'min_grade', type: 'varchar', length: 16, nullable: true })
  minGrade: Grade | null;

  @Column({ name: 'max_per_village', type: 'integer', nullable: true })
  maxPerVillage: number | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
