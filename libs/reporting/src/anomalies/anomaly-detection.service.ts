import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Role, todayInChina } from '@village/platform-common';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import { TenantDb, type TenantTx } from '@village/platform-tenancy';
import { districtContext } from '../public-notice/digest-log.service';
import { ANOMALY_KIND_LABELS, type AnomalyKind } from './anomaly-enums';
import { ANOMALY_RULES, type AnomalyCandidate } from './rules';

/** An alert this run raised (not one an earlier or a parallel run had raised already). */
export interface RaisedAlert {
  id: string;
  kind: AnomalyKind;
  villageId: string;
  townId: string;
  districtId: string;
  summary: string;
}

/**
 * Anomaly detection (issue 14 item 9): every rule over one district, and what they find raised as
 * alerts to the village's admins and its town's — never acting on it: nothing here writes anything but
 * alerts and their messages. Run by the anomaly job (apps/api/src/runtime/anomaly-job.ts) and by tests.
 *
 * Idempotent by the alert's unique key (village, kind, subject, window), decided in the writing
 * statement: `INSERT … ON CONFLICT DO NOTHING RETURNING` gives back only the rows this run wrote, and
 * only those are notified, so overlapping or parallel runs raise and tell each anomaly once (a parallel
 * insert of the same key waits for the first to commit, then does nothing). Candidates are written in
 * key order, so two runs never wait on each other crosswise.
 */
@Injectable()
export class AnomalyDetectionService {
  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationService,
  ) {}

  detectDistrict(districtId: string): Promise<RaisedAlert[]> {
    return this.db.run(districtContext(districtId), async (tx) => {
      const today = todayInChina();
      const candidates: AnomalyCandidate[] = [];
      for (const rule of ANOMALY_RULES) candidates.push(...(await rule(tx, districtId, today)));
      const raised = await insertNew(tx, candidates);
      for (const alert of raised) await this.notify(tx, alert);
      return raised;
    });
  }

  /** To the village's admins and the town's: the alert list is where they act on it. */
  private async notify(tx: TenantTx, alert: RaisedAlert): Promise<void> {
    const message = {
      kind: NotificationKind.GENERAL,
      title: `异常提醒：${ANOMALY_KIND_LABELS[alert.kind]}`,
      body: `${alert.summary}。系统未改动任何积分或申报，请在“异常提醒”中核实。`,
      unit: { districtId: alert.districtId, townId: alert.townId, villageId: alert.villageId },
      link: { entityType: 'ANOMALY_ALERT', id: alert.id },
    };
    await this.notifications.notifyUnitRoles(tx, alert.villageId, [Role.VILLAGE_ADMIN], message);
    await this.notifications.notifyUnitRoles(tx, alert.townId, [Role.TOWN_ADMIN], message);
  }
}

const keyOf = (c: AnomalyCandidate) => [c.villageId, c.kind, c.subjectKey, c.windowKey].join('\u0000');

async function insertNew(tx: TenantTx, found: AnomalyCandidate[]): Promise<RaisedAlert[]> {
  if (found.length === 0) return [];
  const candidates = [...found].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const column = <T>(pick: (c: AnomalyCandidate) => T) => candidates.map(pick);
  return (await tx.query(
    `INSERT INTO anomaly_alert (id, district_id, town_id, village_id, kind, subject_kind, subject_key,
                                subject_name, window_key, occurred_on, period_label, summary, evidence)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[],
                          $7::varchar[], $8::varchar[], $9::varchar[], $10::date[], $11::varchar[],
                          $12::varchar[], $13::jsonb[])
     ON CONFLICT (village_id, kind, subject_key, window_key) DO NOTHING
     RETURNING id, kind, village_id AS "villageId", town_id AS "townId", district_id AS "districtId", summary`,
    [
      column(() => randomUUID()),
      column((c) => c.districtId),
      column((c) => c.townId),
      column((c) => c.villageId),
      column((c) => c.kind),
      column((c) => c.subjectKind),
      column((c) => c.subjectKey),
      column((c) => c.subjectName),
      column((c) => c.windowKey),
      column((c) => c.occurredOn),
      column((c) => c.periodLabel),
      column((c) => c.summary),
      column((c) => JSON.stringify(c.evidence)),
    ],
  )) as RaisedAlert[];
}
