import type { TenantTx } from '@village/platform-tenancy';
import type { AnomalyKind, AnomalySubjectKind } from '../anomaly-enums';

/** What a rule proposes; the detection service raises it unless its key is already raised. */
export interface AnomalyCandidate {
  kind: AnomalyKind;
  districtId: string;
  townId: string;
  villageId: string;
  subjectKind: AnomalySubjectKind;
  subjectKey: string;
  subjectName: string;
  windowKey: string;
  occurredOn: string;
  periodLabel: string;
  summary: string;
  evidence: Record<string, unknown>;
}

/** A rule reads one district (the transaction's scope bounds it too) as of `today` (China's civil date). */
export type AnomalyRule = (tx: TenantTx, districtId: string, today: string) => Promise<AnomalyCandidate[]>;

/** 6月12日, as the summaries say a day. */
export function chineseDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 10:03, a moment in China time (UTC+8, no daylight saving). */
export function chinaClock(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

/** The civil date in China of a moment. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A display name bounded to the column. */
export function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
