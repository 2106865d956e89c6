import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';
import { HonourLevel, OutcomeKind } from './outcome-enums';

/**
 * One outcome record of a village or a town (village_id empty): a problem resolved, costs saved, a
 * month's complaints of one category, or a collective honour. Append-only (triggers): a correction is a
 * new record naming the one it replaces (`corrects_id`, at most one correction per record), a withdrawal
 * a correction marked `withdrawn`. The current records are those nothing corrects and not withdrawn.
 */
@Entity('outcome_record')
@TenantIndexes('outcome_record', { village: ['villageId', 'occurredOn'] })
@Index('uq_outcome_record_corrects', ['correctsId'], { unique: true, where: '"corrects_id" IS NOT NULL' })
@Check(
  'ck_outcome_record_kind',
  `("kind" = 'PROBLEM_RESOLVED')
   OR ("kind" = 'COST_SAVED' AND "amount_yuan" >= 0 AND "how_estimated" IS NOT NULL)
   OR ("kind" = 'COMPLAINT' AND "complaint_count" >= 0 AND extract(day FROM "occurred_on") = 1)
   OR ("kind" = 'HONOUR_WON' AND "honour_level" IS NOT NULL)`,
)
@Check('ck_outcome_record_withdrawn', `NOT "withdrawn" OR "corrects_id" IS NOT NULL`)
export class OutcomeRecordEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OutcomeKind;

  @Column({ type: 'varchar', length: 40 })
  category: string;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  /** The day it happened; for complaints the first day of their month. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  /** Where the evidence is (file number, photos, the meeting that settled it). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidence: string | null;

  @Column({ name: 'amount_yuan', type: 'numeric', precision: 12, scale: 2, nullable: true })
  amountYuan: string | null;

  @Column({ name: 'how_estimated', type: 'varchar', length: 500, nullable: true })
  howEstimated: string | null;

  @Column({ name: 'complaint_count', type: 'int', nullable: true })
  complaintCount: number | null;

  /** Complaints about farming, land or rural subsidies (涉农). */
  @Column({ type: 'boolean', default: false })
  agriculture: boolean;

  @Column({ name: 'honour_level', type: 'varchar', length: 16, nullable: true })
  honourLevel: HonourLevel | null;

  /** The record this one corrects (or withdraws). */
  @Column({ name: 'corrects_id', type: 'uuid', nullable: true })
  correctsId: string | null;

  @Column({ type: 'boolean', default: false })
  withdrawn: boolean;

  @Column({ name: 'correction_reason', type: 'varchar', length: 200, nullable: true })
  correctionReason: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_by_name', type: 'varchar', length: 64 })
  recordedByName: string;

  @CreatedAtColumn()
  createdAt: Date;
}
