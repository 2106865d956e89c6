import {
  ANOMALY_RESOLUTION_LABELS,
  AnomalyAlertStatus,
  type AnomalyKind,
  type AnomalyResolution,
  type AnomalySubjectKind,
} from './anomaly-enums';

/** An alert as read: its village's name, its evidence, and the verification if there is one. */
export interface AnomalyAlertView {
  id: string;
  kind: AnomalyKind;
  villageId: string;
  villageName: string;
  subjectKind: AnomalySubjectKind;
  subjectId: string;
  subjectName: string;
  periodLabel: string;
  occurredOn: string;
  summary: string;
  evidence: Record<string, unknown>;
  declarationIds: string[];
  residentIds: string[];
  /** The residents named in the evidence, with their names (filled by the list). */
  residents: { id: string; name: string }[];
  raisedAt: Date;
  status: AnomalyAlertStatus;
  resolution: {
    resolution: AnomalyResolution;
    label: string;
    note: string;
    resolvedByName: string;
    resolvedAt: Date;
  } | null;
}

/** The columns every read of an alert selects (`a` the alert, `o` its village, `ev` its event). */
export const ALERT_COLUMNS = `a.id, a.kind, a.village_id, o.name AS village_name, a.subject_kind, a.subject_key,
  a.subject_name, a.period_label, to_char(a.occurred_on, 'YYYY-MM-DD') AS occurred_on, a.summary,
  a.evidence, a.raised_at, ev.resolution, ev.note, ev.resolved_by_name, ev.created_at AS resolved_at`;

export interface AlertRow {
  id: string;
  kind: AnomalyKind;
  village_id: string;
  village_name: string;
  subject_kind: AnomalySubjectKind;
  subject_key: string;
  subject_name: string;
  period_label: string;
  occurred_on: string;
  summary: string;
  evidence: Record<string, unknown>;
  raised_at: Date;
  resolution: AnomalyResolution | null;
  note: string | null;
  resolved_by_name: string | null;
  resolved_at: Date | null;
}

const STATUS_OF: Record<AnomalyResolution, AnomalyAlertStatus> = {
  VERIFIED_OK: AnomalyAlertStatus.VERIFIED_OK,
  HANDLED: AnomalyAlertStatus.HANDLED,
};

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function alertView(r: AlertRow): AnomalyAlertView {
  return {
    id: r.id,
    kind: r.kind,
    villageId: r.village_id,
    villageName: r.village_name,
    subjectKind: r.subject_kind,
    subjectId: r.subject_key,
    subjectName: r.subject_name,
    periodLabel: r.period_label,
    occurredOn: r.occurred_on,
    summary: r.summary,
    evidence: r.evidence,
    declarationIds: ids(r.evidence.declarationIds),
    residentIds: ids(r.evidence.residentIds),
    residents: [],
    raisedAt: r.raised_at,
    status: r.resolution ? STATUS_OF[r.resolution] : AnomalyAlertStatus.OPEN,
    resolution: r.resolution
      ? {
          resolution: r.resolution,
          label: ANOMALY_RESOLUTION_LABELS[r.resolution],
          note: r.note ?? '',
          resolvedByName: r.resolved_by_name ?? '',
          resolvedAt: r.resolved_at as Date,
        }
      : null,
  };
}
