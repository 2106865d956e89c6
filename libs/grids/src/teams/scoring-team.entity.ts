import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';

/** The number of scoring teams a village runs (docs/domain.md §10.3: three). */
export const SCORING_TEAM_COUNT = 3;

/** A scoring team (评分队伍) of a village, numbered 1–3. Its members change by whole membership periods. */
@Entity('scoring_team')
@Unique('uq_scoring_team_village_number', ['villageId', 'number'])
@Check('ck_scoring_team_number', '"number" BETWEEN 1 AND 3')
@TenantIndexes('scoring_team')
export class ScoringTeamEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
