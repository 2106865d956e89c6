import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ScoringListStatus } from '../common/item-enums';
import { TownManualEntity } from '../manual/town-manual.entity';

/**
 * A version of a village's scoring list. It takes effect when the villager representative assembly
 * adopts it; the vote is recorded on the row and the row is immutable from then on.
 */
@Entity('scoring_list')
@Unique('uq_scoring_list_version', ['villageId', 'version'])
@TenantIndexes('scoring_list')
export class ScoringListEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16, default: ScoringListStatus.DRAFT })
  status: ScoringListStatus;

  @Column({ name: 'manual_id', type: 'uuid' })
  manualId: string;

  @ManyToOneJoin(() => TownManualEntity, 'manual_id')
  manual?: TownManualEntity;

  @Column({ name: 'meeting_date', type: 'date', nullable: true })
  meetingDate: string | null;

  @Column({ name: 'representatives_in_office', type: 'int', nullable: true })
  representativesInOffice: number | null;

  /**
   * Why the representatives reported in office differ from the register's count on the meeting date
   * (e.g. representatives not yet entered); null when they agree.
   */
  @Column({ name: 'representatives_count_reason', type: 'varchar', length: 200, nullable: true })
  representativesCountReason: string | null;

  @Column({ type: 'int', nullable: true })
  present: number | null;

  @Column({ name: 'votes_for', type: 'int', nullable: true })
  votesFor: number | null;

  @Column({ name: 'votes_against', type: 'int', nullable: true })
  votesAgainst: number | null;

  @Column({ type: 'int', nullable: true })
  abstaining: number | null;

  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt: Date | null;

  @Column({ name: 'adopted_by', type: 'uuid', nullable: true })
  adoptedBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
