import { Check, Column, Entity, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ScoringTeamEntity } from './scoring-team.entity';

/**
 * One version of a team's rotating-captain schedule (轮值队长). Versions are appended, never changed; for a
 * date, the newest version starting on or before it applies.
 */
@Entity('captain_rota')
@Unique('uq_captain_rota_team_version', ['teamId', 'version'])
@Check('ck_captain_rota_period', '"period_days" BETWEEN 1 AND 366')
@Check('ck_captain_rota_residents', 'cardinality("resident_ids") > 0')
@TenantIndexes('captain_rota')
export class CaptainRotaEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOneJoin(() => ScoringTeamEntity, 'team_id')
  team?: Relation<ScoringTeamEntity>;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'period_days', type: 'int' })
  periodDays: number;

  /** The captains in rotation order. */
  @Column({ name: 'resident_ids', type: 'uuid', array: true })
  residentIds: string[];

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
