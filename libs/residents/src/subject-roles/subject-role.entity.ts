import { Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ResidentEntity } from '../residents/resident.entity';
import { SubjectType, CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';

/**
 * A subject role held over a period (党员, 村民代表, …). Ending a role sets its end date; a new term is a new
 * row, so who held what, when, stays answerable.
 */
@Entity('subject_role')
@TenantIndexes('subject_role', { village: ['villageId', 'subjectType'] })
@Index('ix_subject_role_resident', ['residentId'])
export class SubjectRoleEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id')
  resident?: Relation<ResidentEntity>;

  @Column({ name: 'subject_type', type: 'varchar', length: 16 })
  subjectType: SubjectType;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** Party members only: 预备党员, not graded at year end. */
  @Column({ type: 'boolean', default: false })
  probationary: boolean;

  /** Representatives only: end of the current term. */
  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd: string | null;

  /** Representatives only: the households they represent (联系户). */
  @Column({ name: 'represented_household_ids', type: 'uuid', array: true, default: () => "'{}'" })
  representedHouseholdIds: string[];

  @Column({ name: 'end_reason', type: 'varchar', length: 200, nullable: true })
  endReason: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
