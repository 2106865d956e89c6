import { AnomalyKind, AnomalySubjectKind } from '../anomaly-enums';
import { ANOMALY_LOOKBACK, ANOMALY_THRESHOLDS } from '../anomaly-thresholds';
import {
  bounded,
  chinaClock,
  chinaDate,
  chineseDay,
  type AnomalyCandidate,
  type AnomalyRule,
} from './anomaly-candidate';
import { accountLabel } from './night-bulk.rule';

interface Start {
  id: string;
  village_id: string;
  declared_by: string;
  /** Microseconds since the epoch, as text: PostgreSQL's precision (a Date keeps milliseconds). */
  at_us: string;
}

interface Burst {
  start_id: string;
  district_id: string;
  town_id: string;
  village_id: string;
  account_id: string;
  username: string | null;
  display_name: string | null;
  registrations: number;
  first_at: Date;
  last_at: Date;
  declaration_ids: string[];
  resident_ids: string[];
}

/**
 * BULK_BY_ONE — one account registers 30 or more acts (ANOMALY_THRESHOLDS.hourlyRegistrations) within
 * 60 minutes in one village: any hour, not clock hours, so a burst across 10:00 is not split in two. A
 * burst is keyed by its first registration, and the next one may start only after its hour: an
 * afternoon of registering is one alert per hour of it. The key is stable from run to run: registrations
 * only ever arrive later, so a window starting earlier could only reach the threshold by holding this
 * burst, and then it would already have been the first.
 */
export const bulkByOneRule: AnomalyRule = async (tx, districtId) => {
  const threshold = ANOMALY_THRESHOLDS.hourlyRegistrations;
  const starts = (await tx.query(
    `SELECT id, village_id, declared_by, (extract(epoch FROM created_at) * 1000000)::bigint::text AS at_us FROM (
       SELECT d.id, d.village_id, d.declared_by, d.created_at,
              count(*) OVER (PARTITION BY d.village_id, d.declared_by ORDER BY d.created_at
                             RANGE BETWEEN CURRENT ROW AND INTERVAL '1 hour' FOLLOWING) AS in_hour
         FROM declaration d
        WHERE d.district_id = $1 AND d.channel = 'REGISTERED'
          AND d.created_at >= now() - make_interval(days => $2)
     ) w
     WHERE in_hour >= $3
     ORDER BY village_id, declared_by, created_at, id`,
    [districtId, ANOMALY_LOOKBACK.entryDays, threshold],
  )) as Start[];
  const chosen = firstOfEachHour(starts);
  if (chosen.length === 0) return [];
  const bursts = (await tx.query(
    `SELECT s.id AS start_id, s.district_id, s.town_id, s.village_id, s.declared_by AS account_id,
            u.username, u.display_name,
            count(*)::int AS registrations, min(d.created_at) AS first_at, max(d.created_at) AS last_at,
            (array_agg(d.id ORDER BY d.created_at, d.id))[1:$2] AS declaration_ids,
            (array_agg(DISTINCT d.resident_id))[1:$2] AS resident_ids
       FROM declaration s
       JOIN declaration d ON d.village_id = s.village_id AND d.declared_by = s.declared_by
        AND d.channel = 'REGISTERED'
        AND d.created_at BETWEEN s.created_at AND s.created_at + INTERVAL '1 hour'
       LEFT JOIN app_user u ON u.id = s.declared_by
      WHERE s.id = ANY ($1::uuid[])
      GROUP BY s.id, s.district_id, s.town_id, s.village_id, s.declared_by, u.username, u.display_name`,
    [chosen, ANOMALY_LOOKBACK.evidenceIds],
  )) as Burst[];
  return bursts.map((b): AnomalyCandidate => {
    const who = accountLabel(b);
    const day = chinaDate(b.first_at);
    const span = `${chineseDay(day)} ${chinaClock(b.first_at)}–${chinaClock(b.last_at)}`;
    return {
      kind: AnomalyKind.BULK_BY_ONE,
      districtId: b.district_id,
      townId: b.town_id,
      villageId: b.village_id,
      subjectKind: AnomalySubjectKind.ACCOUNT,
      subjectKey: b.account_id,
      subjectName: bounded(who, 100),
      windowKey: b.start_id,
      occurredOn: day,
      periodLabel: span,
      summary: `账号 ${who} 在 ${span} 的 1 小时内代为登记 ${b.registrations} 条，达到 1 小时 ${threshold} 条的提醒线`,
      evidence: {
        accountId: b.account_id,
        username: b.username,
        registrations: b.registrations,
        threshold,
        firstAt: b.first_at.toISOString(),
        lastAt: b.last_at.toISOString(),
        declarationIds: b.declaration_ids,
        residentIds: b.resident_ids,
      },
    };
  });
};

const HOUR_US = 3_600_000_000;

/**
 * Of the windows that reach the threshold (ordered per village and account), the first, then the
 * first that starts after its hour, and so on. An exact hour apart counts as inside, as the SQL frame.
 */
function firstOfEachHour(starts: Start[]): string[] {
  const chosen: string[] = [];
  let owner = '';
  let until = 0;
  for (const s of starts) {
    const key = `${s.village_id}/${s.declared_by}`;
    const at = Number(s.at_us);
    if (key !== owner) {
      owner = key;
      until = -Infinity;
    }
    if (at <= until) continue;
    chosen.push(s.id);
    until = at + HOUR_US;
  }
  return chosen;
}
