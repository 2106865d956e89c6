import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { ByElectionStatus } from './case-enums';

/**
 * A by-election (补选) after a representative's seat ended: for the same households, and the elected
 * representative's term ends with the current term (村民委员会组织法 §19), so `termEnd` is frozen here.
 */
@Entity('by_election')
@Unique('uq_by_election_case', ['caseId'])
@TenantIndexes('by_election')
export class ByElectionEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'ended_role_id', type: 'uuid' })
  endedRoleId: string;

  @Column({ name: 'household_ids', type: 'uuid', array: true })
  householdIds: string[];

  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: ByElectionStatus;

  @Column({ name: 'elected_resident_id', type: 'uuid', nullable: true })
  electedResidentId: string | null;

  @Column({ name: 'elected_role_id', type: 'uuid', nullable: true })
  electedRoleId: string | null;

  @Column({ name: 'elected_on', type: 'date', nullable: true })
  electedOn: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
