import type { TenantTx } from '@village/platform-tenancy';
import type { MeetingType } from './meeting-enums';

/** One meeting type's attendance in a quarter (1–4) or the whole year (0). */
export interface AttendanceRate {
  type: MeetingType;
  quarter: number;
  meetings: number;
  expected: number;
  present: number;
  excused: number;
  absent: number;
  /** present ÷ expected in percent (an excused absence is not presence, as on the dashboard); null without meetings. */
  rate: number | null;
}

/**
 * A village's attendance per meeting type, per quarter and for the year, by the day held (the same
 * counting as the dashboard's 会议出席率, figure-queries.ts): one statement over meeting_attendance.
 */
export async function attendanceRates(
  tx: TenantTx,
  villageId: string,
  year: number,
): Promise<AttendanceRate[]> {
  const rows = (await tx.query(
    `SELECT meeting_type AS type, COALESCE(q, 0) AS quarter, count(DISTINCT meeting_id) AS meetings,
            count(*) AS expected, count(*) FILTER (WHERE status = 'PRESENT') AS present,
            count(*) FILTER (WHERE status = 'EXCUSED') AS excused, count(*) FILTER (WHERE status = 'ABSENT') AS absent
       FROM (SELECT meeting_type, meeting_id, status, (extract(month FROM held_on)::int - 1) / 3 + 1 AS q
               FROM meeting_attendance
              WHERE village_id = $1 AND held_on BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)) x
      GROUP BY GROUPING SETS ((meeting_type, q), (meeting_type))
      ORDER BY meeting_type, quarter`,
    [villageId, year],
  )) as Record<string, string | number>[];
  return rows.map((r) => {
    const expected = Number(r.expected);
    const present = Number(r.present);
    return {
      type: r.type as MeetingType,
      quarter: Number(r.quarter),
      meetings: Number(r.meetings),
      expected,
      present,
      excused: Number(r.excused),
      absent: Number(r.absent),
      rate: expected === 0 ? null : Math.round((present / expected) * 10000) / 100,
    };
  });
}
