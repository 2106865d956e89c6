import { Check, Column, Entity, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';
import { GovernanceRole } from './governance-role.enum';
import { GovernanceTeamEntity } from './governance-team.entity';

/** A place in one version of the governance team. Append-only, like its version. */
@Entity('governance_team_member')
@Unique('uq_governance_team_member_resident', ['teamId', 'residentId'])
@Check('ck_governance_team_member_role', `"role" IN ('LEADER', 'DEPUTY', 'GRID_WORKER')`)
@TenantIndexes('governance_team_member')
export class GovernanceTeamMemberEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOneJoin(() => GovernanceTeamEntity, 'team_id')
  team?: Relation<GovernanceTeamEntity>;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id')
  resident?: Relation<ResidentEntity>;

  @Column({ type: 'varchar', length: 16 })
  role: GovernanceRole;

  /** The Chinese duty title, e.g. 党支部书记, 党小组长, 村民代表组长, 网格长, 志愿者队长, 专职网格员. */
  @Column({ name: 'duty_title', type: 'varchar', length: 32 })
  dutyTitle: string;

  /** Grid workers only: full-time (专职) or part-time (兼职). */
  @Column({ name: 'full_time', type: 'boolean', nullable: true })
  fullTime: boolean | null;

  /** Display order inside the role. */
  @Column({ type: 'smallint' })
  position: number;
}
