import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { PayoutPlanStatus } from './payout-enums';

/**
 * A period's payout plan (资金发放方案): drafted from the period's final tally at a rate per point, its
 * lines frozen at drafting and summed up in `digest`. Only the status and the facts of each later step
 * (the vote, the posting, the payment) are ever written after the insert, each once (the trigger).
 * One plan per period that is not rejected (the partial unique index decides parallel drafts).
 */
@Entity('payout_plan')
@TenantIndexes('payout_plan', { village: ['villageId', 'year'] })
@Index('uq_payout_plan_period', ['periodId'], { unique: true, where: `"status" <> 'REJECTED'` })
@Check('ck_payout_plan_rate', '"cents_per_point" > 0')
@Check('ck_payout_plan_total', '"total_cents" >= 0 AND "line_count" >= 0')
@Check(
  'ck_payout_plan_vote',
  `"vote_present" IS NULL OR ("vote_present" <= "vote_expected" AND "vote_for" + "vote_against" + "vote_abstain" <= "vote_present")`,
)
export class PayoutPlanEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @Column({ name: 'period_kind', type: 'varchar', length: 16 })
  periodKind: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ name: 'period_number', type: 'int' })
  periodNumber: number;

  /** The tally version the lines were taken from (the latest of the final period). */
  @Column({ name: 'tally_id', type: 'uuid' })
  tallyId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** Yuan are kept in fen (cents) so sums are exact. */
  @Column({ name: 'cents_per_point', type: 'int' })
  centsPerPoint: number;

  @Column({ name: 'total_cents', type: 'bigint', transformer: NUMERIC })
  totalCents: number;

  @Column({ name: 'line_count', type: 'int' })
  lineCount: number;

  /** SHA-256 of the plan's canonical form (payout-digest.ts): what the posted notice shows. */
  @Column({ type: 'varchar', length: 64 })
  digest: string;

  @Column({ type: 'varchar', length: 16 })
  status: PayoutPlanStatus;

  @Column({ name: 'vote_expected', type: 'int', nullable: true })
  voteExpected: number | null;

  @Column({ name: 'vote_present', type: 'int', nullable: true })
  votePresent: number | null;

  @Column({ name: 'vote_for', type: 'int', nullable: true })
  voteFor: number | null;

  @Column({ name: 'vote_against', type: 'int', nullable: true })
  voteAgainst: number | null;

  @Column({ name: 'vote_abstain', type: 'int', nullable: true })
  voteAbstain: number | null;

  @Column({ name: 'voted_on', type: 'date', nullable: true })
  votedOn: string | null;

  @Column({ name: 'posted_at', type: 'timestamptz', nullable: true })
  postedAt: Date | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
