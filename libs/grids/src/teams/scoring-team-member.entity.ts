import { Check, Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';
import { ScoringTeamMemberKind } from './member-kind.enum';
import { ScoringTeamEntity } from './scoring-team.entity';

/**
 * A person's membership of a team in one membership period. A new member list ends the current rows
 * (end date = the day the new list takes effect, exclusive) and adds new ones: history is kept.
 */
@Entity('scoring_team_member')
@Check('ck_scoring_team_member_dates', '"end_date" IS NULL OR "end_date" >= "start_date"')
@Check('ck_scoring_team_member_kind', `"kind" IN ('PARTY_PIONEER', 'VILLAGE_CADRE', 'MASSES_REPRESENTATIVE')`)
@TenantIndexes('scoring_team_member')
@Index('ix_scoring_team_member_team', ['teamId', 'endDate'])
export class ScoringTeamMemberEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOneJoin(() => ScoringTeamEntity, 'team_id')
  team?: Relation<ScoringTeamEntity>;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id')
  resident?: Relation<ResidentEntity>;

  @Column({ type: 'varchar', length: 32 })
  kind: ScoringTeamMemberKind;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  /** Exclusive: the first day the person is no longer a member. */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
