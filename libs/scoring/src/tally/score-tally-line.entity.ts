import { Column, Entity, Index, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { SubjectType, NUMERIC, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedChildColumns } from '@village/platform-tenancy';
import type { StoredEvaluation } from './year-end-evaluation.port';
import { ScoreTallyEntity } from './score-tally.entity';
import { RankGroup } from './tally-enums';

/**
 * One resident's line of a tally, as posted. Names are frozen with the line (what was posted stays
 * readable even if a record is renamed later). Year-end columns are null on quarterly tallies.
 */
@Entity('score_tally_line')
// Write-once rows written ~800 at a time per village: as few indexes as the RLS rule (each tenant column
// leads one) and the reads (a tally's lines, by village and tally) need.
@Unique('uq_score_tally_line', ['villageId', 'tallyId', 'residentId'])
@Index('ix_score_tally_line_district', ['districtId'])
@Index('ix_score_tally_line_town', ['townId'])
export class ScoreTallyLineEntity extends VillageOwnedChildColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'tally_id', type: 'uuid' })
  tallyId: string;

  @ManyToOneJoin(() => ScoreTallyEntity, 'tally_id')
  tally?: Relation<ScoreTallyEntity>;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'resident_name', type: 'varchar', length: 64 })
  residentName: string;

  /**
   * Subject roles held on the last day of the period (for someone whose roles ended before it, on the
   * last day they held one; see tallyPeople), in a fixed order.
   */
  @Column({ name: 'subject_types', type: 'varchar', length: 16, array: true })
  subjectTypes: SubjectType[];

  @Column({ type: 'boolean', default: false })
  probationary: boolean;

  /** Year-to-date CREDIT points and the credit score (base + points). */
  @Column({ name: 'credit_points', type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  creditPoints: number;

  @Column({ name: 'credit_score', type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  creditScore: number;

  /** CREDIT points acted within the period itself (the quarter's own column). */
  @Column({ name: 'period_credit_points', type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  periodCreditPoints: number;

  /** ROLE_DUTY figures: only for party members and representatives (null otherwise). */
  @Column({
    name: 'role_duty_points',
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: NUMERIC,
  })
  roleDutyPoints: number | null;

  @Column({
    name: 'role_duty_score',
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: NUMERIC,
  })
  roleDutyScore: number | null;

  @Column({
    name: 'period_role_duty_points',
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: NUMERIC,
  })
  periodRoleDutyPoints: number | null;

  /** Key people (party members, representatives) are ranked apart from ordinary villagers. */
  @Column({ name: 'rank_group', type: 'varchar', length: 16 })
  rankGroup: RankGroup;

  @Column({ type: 'int' })
  rank: number;

  /** A veto item (一票否决) among the year's effective entries. */
  @Column({ type: 'boolean', default: false })
  vetoed: boolean;

  // Year end only.
  @Column({ name: 'evaluation', type: 'jsonb', nullable: true })
  evaluation: StoredEvaluation | null;
}
