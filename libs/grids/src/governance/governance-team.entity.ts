import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { VillageOwnedColumns } from '@village/platform-tenancy';

/**
 * One version of a village's "1+4+N" governance team. Each change appends a new version with its whole
 * member list; the highest version is the current team. Append-only.
 */
@Entity('governance_team')
@Unique('uq_governance_team_village_version', ['villageId', 'version'])
@Index('ix_governance_team_tenant', ['districtId', 'townId', 'villageId'])
@Index('ix_governance_team_town', ['townId'])
export class GovernanceTeamEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
