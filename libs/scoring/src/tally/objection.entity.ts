import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ObjectionStatus } from './tally-enums';

/**
 * An objection (异议) by a resident of the village to one line of a posted tally. It is answered once:
 * UPHELD (the ledger is corrected and the period re-tallied) or DISMISSED, always with a reason. The
 * answer deadline comes from the town manual's working days; the database refuses any other change.
 */
@Entity('objection')
@TenantIndexes('objection')
@Index('ix_objection_period', ['periodId', 'status'])
@Index('ix_objection_objector', ['objectorUserId'])
export class ObjectionEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @Column({ name: 'tally_id', type: 'uuid' })
  tallyId: string;

  @Column({ name: 'tally_line_id', type: 'uuid' })
  tallyLineId: string;

  /** Whose line is objected to. */
  @Column({ name: 'subject_resident_id', type: 'uuid' })
  subjectResidentId: string;

  @Column({ name: 'objector_resident_id', type: 'uuid' })
  objectorResidentId: string;

  @Column({ name: 'objector_user_id', type: 'uuid' })
  objectorUserId: string;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn: string;

  @Column({ name: 'answer_due_on', type: 'date' })
  answerDueOn: string;

  @Column({ type: 'varchar', length: 16, default: ObjectionStatus.OPEN })
  status: ObjectionStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  answer: string | null;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  /** Ledger entries written to correct the line (reversals and/or an adjustment). */
  @Column({ name: 'correction_entry_ids', type: 'uuid', array: true, default: () => "'{}'" })
  correctionEntryIds: string[];

  /** The re-tally made after the correction. */
  @Column({ name: 'retally_id', type: 'uuid', nullable: true })
  retallyId: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
