import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { CaseKind, CaseOutcome } from './case-enums';

/**
 * One negative-constraint case a final year opened for a person: at most one per kind, person and year
 * (so opening the year's cases again opens nothing twice). Open until its outcome is recorded; the
 * outcome is written once (a trigger refuses any change to a closed case).
 */
@Entity('constraint_case')
@Unique('uq_constraint_case', ['villageId', 'year', 'kind', 'residentId'])
@TenantIndexes('constraint_case', { village: false })
export class ConstraintCaseEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  kind: CaseKind;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'resident_name', type: 'varchar', length: 60 })
  residentName: string;

  /** Why the case was opened, frozen from the final year (grade, stars, rank). */
  @Column({ type: 'varchar', length: 200 })
  basis: string;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  /** Rectification only: the representative's subject role the case is about. */
  @Column({ name: 'role_id', type: 'uuid', nullable: true })
  roleId: string | null;

  /** Mentoring only: the party member or cadre assigned. */
  @Column({ name: 'mentor_resident_id', type: 'uuid', nullable: true })
  mentorResidentId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: CaseOutcome | null;

  /** The evidence of a rectification, the branch's decision, the mentoring's result. */
  @Column({ name: 'outcome_text', type: 'varchar', length: 1000, nullable: true })
  outcomeText: string | null;

  @Column({ name: 'outcome_on', type: 'date', nullable: true })
  outcomeOn: string | null;

  @Column({ name: 'outcome_by', type: 'uuid', nullable: true })
  outcomeBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
