import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';

/**
 * One version of a village's "1+4+N" governance team. Each change appends a new version with its whole
 * member list; the highest version is the current team. Append-only.
 */
@Entity('governance_team')
@Unique('uq_governance_team_village_version', ['villageId', 'version'])
@TenantIndexes('governance_team', { village: false })
export class GovernanceTeamEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
