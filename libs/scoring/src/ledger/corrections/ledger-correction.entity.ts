import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { NUMERIC, CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { LedgerCorrectionKind, LedgerCorrectionStatus } from './correction-enums';

/**
 * A reviewer's proposal to correct an approved ledger entry outside the objection flow (台账更正), decided
 * once by a second reviewer (four eyes): CONFIRMED writes the ledger entries, REJECTED gives a reason.
 * The ledger itself is never edited; this row only records who proposed what and who decided. A trigger
 * lets only the decision columns change, once.
 */
@Entity('ledger_correction')
@TenantIndexes('ledger_correction')
// One open proposal per entry: a second would be decided against a ledger the first already changed.
@Index('uq_ledger_correction_open', ['entryId'], { unique: true, where: `"status" = 'PROPOSED'` })
@Index('ix_ledger_correction_status', ['villageId', 'status'])
export class LedgerCorrectionEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  /** The approved (NORMAL) entry being corrected. */
  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ name: 'subject_resident_id', type: 'uuid' })
  subjectResidentId: string;

  /** The quarter the entry falls in (re-tallied on confirmation when it is tallied or under notice). */
  @Column({ name: 'period_id', type: 'uuid', nullable: true })
  periodId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: LedgerCorrectionKind;

  /** ADJUSTMENT: the signed difference to book; null for a reversal. */
  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: NUMERIC })
  points: number | null;

  @Column({ type: 'varchar', length: 450 })
  reason: string;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @Column({ name: 'proposed_on', type: 'date' })
  proposedOn: string;

  @Column({ type: 'varchar', length: 16, default: LedgerCorrectionStatus.PROPOSED })
  status: LedgerCorrectionStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  /** REJECTED: why. */
  @Column({ name: 'rejection_reason', type: 'varchar', length: 450, nullable: true })
  rejectionReason: string | null;

  /** CONFIRMED: the ledger entries written (the reversal or the correcting entry). */
  @Column({ name: 'correction_entry_ids', type: 'uuid', array: true, default: () => "'{}'" })
  correctionEntryIds: string[];

  /** CONFIRMED while the quarter was tallied or under notice: the re-tally made after it. */
  @Column({ name: 'retally_id', type: 'uuid', nullable: true })
  retallyId: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
