import { AnomalyKind, AnomalySubjectKind } from '../anomaly-enums';
import { ANOMALY_LOOKBACK, ANOMALY_THRESHOLDS } from '../anomaly-thresholds';
import {
  bounded,
  chinaClock,
  chineseDay,
  type AnomalyCandidate,
  type AnomalyRule,
} from './anomaly-candidate';

interface Row {
  district_id: string;
  town_id: string;
  village_id: string;
  account_id: string;
  username: string | null;
  display_name: string | null;
  night: string;
  registrations: number;
  first_at: Date;
  last_at: Date;
  declaration_ids: string[];
  resident_ids: string[];
}

/**
 * NIGHT_BULK — one account registers (channel REGISTERED: a cadre for a resident) 5 or more acts
 * (ANOMALY_THRESHOLDS.nightRegistrations) in one night, 22:00 to 06:00 China time, in one village. A
 * night is named by its evening: shifting the China-time moment back six hours puts 22:00–05:59 on one
 * date. Times are the database's (`created_at`), so the rule reads when the registration was entered,
 * not the act's date. Raised once per account, village and night.
 */
export const nightBulkRule: AnomalyRule = async (tx, districtId) => {
  const t = ANOMALY_THRESHOLDS;
  const rows = (await tx.query(
    `WITH night_registrations AS (
       SELECT d.id, d.district_id, d.town_id, d.village_id, d.declared_by, d.resident_id, d.created_at,
              (d.created_at AT TIME ZONE 'Asia/Shanghai') AS local_at
         FROM declaration d
        WHERE d.district_id = $1 AND d.channel = 'REGISTERED'
          AND d.created_at >= now() - make_interval(days => $2)
     )
     SELECT n.district_id, n.town_id, n.village_id, n.declared_by AS account_id,
            u.username, u.display_name,
            to_char(n.local_at - make_interval(hours => $4), 'YYYY-MM-DD') AS night,
            count(*)::int AS registrations, min(n.created_at) AS first_at, max(n.created_at) AS last_at,
            (array_agg(n.id ORDER BY n.created_at, n.id))[1:$6] AS declaration_ids,
            (array_agg(DISTINCT n.resident_id))[1:$6] AS resident_ids
       FROM night_registrations n
       LEFT JOIN app_user u ON u.id = n.declared_by
      WHERE extract(hour FROM n.local_at) >= $3 OR extract(hour FROM n.local_at) < $4
      GROUP BY n.district_id, n.town_id, n.village_id, n.declared_by, u.username, u.display_name,
               to_char(n.local_at - make_interval(hours => $4), 'YYYY-MM-DD')
     HAVING count(*) >= $5`,
    [
      districtId,
      ANOMALY_LOOKBACK.entryDays,
      t.nightStartsHour,
      t.nightEndsHour,
      t.nightRegistrations,
      ANOMALY_LOOKBACK.evidenceIds,
    ],
  )) as Row[];
  return rows.map((r): AnomalyCandidate => {
    const who = accountLabel(r);
    return {
      kind: AnomalyKind.NIGHT_BULK,
      districtId: r.district_id,
      townId: r.town_id,
      villageId: r.village_id,
      subjectKind: AnomalySubjectKind.ACCOUNT,
      subjectKey: r.account_id,
      subjectName: bounded(who, 100),
      windowKey: r.night,
      occurredOn: r.night,
      periodLabel: `${chineseDay(r.night)}夜间`,
      summary:
        `账号 ${who} 在${chineseDay(r.night)}夜间（${chinaClock(r.first_at)}–${chinaClock(r.last_at)}）` +
        `代为登记 ${r.registrations} 条，达到一夜 ${t.nightRegistrations} 条的提醒线`,
      evidence: {
        night: r.night,
        accountId: r.account_id,
        username: r.username,
        registrations: r.registrations,
        threshold: t.nightRegistrations,
        firstAt: r.first_at.toISOString(),
        lastAt: r.last_at.toISOString(),
        declarationIds: r.declaration_ids,
        residentIds: r.resident_ids,
      },
    };
  });
};

/** 张三（zhangsan）: the account as cadres know it. */
export function accountLabel(r: { username: string | null; display_name: string | null }): string {
  if (!r.username) return '（未知账号）';
  return r.display_name && r.display_name !== r.username ? `${r.display_name}（${r.username}）` : r.username;
}
