import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { AnomalyKind, AnomalySubjectKind } from './anomaly-enums';

/**
 * One anomaly a rule found in a village, with what triggered it (ids and figures, frozen when raised).
 * Append-only (trigger): a cadre's verification is an `anomaly_alert_event`, never a change here. The
 * unique key — village, kind, subject, window — is what makes detection idempotent: every run proposes
 * what it finds and `INSERT … ON CONFLICT DO NOTHING` keeps the first, however many runs overlap.
 */
@Entity('anomaly_alert')
@TenantIndexes('anomaly_alert', { village: ['villageId', 'raisedAt'] })
@Index('uq_anomaly_alert_key', ['villageId', 'kind', 'subjectKey', 'windowKey'], { unique: true })
// Built from the enum; the drift check compares checks by name only, so a new kind needs a migration.
@Check(
  'ck_anomaly_alert_kind',
  `"kind" IN (${Object.values(AnomalyKind)
    .map((k) => `'${k}'`)
    .join(', ')})`,
)
export class AnomalyAlertEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 24 })
  kind: AnomalyKind;

  @Column({ name: 'subject_kind', type: 'varchar', length: 12 })
  subjectKind: AnomalySubjectKind;

  /** The resident's or account's id, or the evidence file's SHA-256. */
  @Column({ name: 'subject_key', type: 'varchar', length: 64 })
  subjectKey: string;

  /** The name shown for the subject when raised (a resident, an account's display name, a file). */
  @Column({ name: 'subject_name', type: 'varchar', length: 100 })
  subjectName: string;

  /** The rule's window: a month (2026-06), a night (its evening's date), a burst's first registration, a review. */
  @Column({ name: 'window_key', type: 'varchar', length: 64 })
  windowKey: string;

  /** The day the anomaly is about (a month's first day, the night's evening, the review's day). */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'period_label', type: 'varchar', length: 64 })
  periodLabel: string;

  @Column({ type: 'varchar', length: 500 })
  summary: string;

  /** The ids and figures that triggered the alert (declarationIds, residentIds, counts, sha256, threshold). */
  @Column({ type: 'jsonb' })
  evidence: Record<string, unknown>;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt: Date;
}
