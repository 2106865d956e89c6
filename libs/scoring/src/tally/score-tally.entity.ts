import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { NUMERIC, CreatedAtColumn } from '@village/platform-common';
import type { ScoreRules } from '@village/rulebook';
import { ScoringPeriodKind } from '../periods/period-enums';

/**
 * One tally of a quarter or a year (季度核算 / 年度总评): an immutable snapshot. A correction after an upheld
 * objection never edits it; it makes the next version. The snapshot records the ledger position it was
 * computed from (seq and that entry's chain hash) and a hash of its own content, so anyone can check later
 * that the posted figures are exactly what the ledger said at that moment.
 */
@Entity('score_tally')
@Unique('uq_score_tally_version', ['periodId', 'version'])
@TenantIndexes('score_tally', { village: ['villageId', 'year'] })
export class ScoreTallyEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @Column({ name: 'period_kind', type: 'varchar', length: 16 })
  periodKind: ScoringPeriodKind;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  number: number;

  /** 1, 2, …: a re-tally of the same period is a new version; earlier versions stay as they were. */
  @Column({ type: 'int' })
  version: number;

  /** Scores are year-to-date: entries acted from window_starts_on (1 January) to window_ends_on. */
  @Column({ name: 'window_starts_on', type: 'date' })
  windowStartsOn: string;

  @Column({ name: 'window_ends_on', type: 'date' })
  windowEndsOn: string;

  /** The period's own span (a quarter's three months), for the "this quarter" column. */
  @Column({ name: 'period_starts_on', type: 'date' })
  periodStartsOn: string;

  /** The last ledger entry (by seq) the tally read; later entries are not in it. 0 when the ledger was empty. */
  @Column({ name: 'ledger_seq', type: 'bigint', transformer: NUMERIC })
  ledgerSeq: number;

  /** That entry's chain hash: the anchor that catches a ledger rewritten behind the application's back. */
  @Column({ name: 'ledger_anchor_hash', type: 'varchar', length: 64 })
  ledgerAnchorHash: string;

  /** The score rules the tally used, frozen with it. */
  @Column({ type: 'jsonb' })
  rules: ScoreRules;

  @Column({ name: 'resident_count', type: 'int' })
  residentCount: number;

  /** SHA-256 over the header and every line in a canonical form (see tally-hash.ts). */
  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
