import { AnomalyKind, AnomalySubjectKind } from '../anomaly-enums';
import { ANOMALY_LOOKBACK, ANOMALY_THRESHOLDS } from '../anomaly-thresholds';
import type { AnomalyCandidate, AnomalyRule } from './anomaly-candidate';

interface Row {
  district_id: string;
  town_id: string;
  village_id: string;
  resident_id: string;
  resident_name: string;
  month: string;
  net: string;
  gained: string;
  lost: string;
  entries: number;
  entry_ids: string[];
  declaration_ids: string[];
}

/**
 * POINTS_SWING — a resident's net points in one calendar month (by act date) reach ±20
 * (ANOMALY_THRESHOLDS.monthlyNetPoints). Counted from the ledger, so only approved points; entries that
 * were reversed, and the reversals themselves, are left out (a mistake put right is not a swing). Tracks
 * are summed: it is the person's points that moved. A fixed threshold rather than one relative to the
 * village: a relative one needs the village's whole distribution every run and misses the village where
 * one person is the only one scored. Raised once per resident and month, with the figures as they stood
 * (a month still running may go on growing).
 */
export const pointsSwingRule: AnomalyRule = async (tx, districtId, today) => {
  const threshold = ANOMALY_THRESHOLDS.monthlyNetPoints;
  const rows = (await tx.query(
    `SELECT e.district_id, e.town_id, e.village_id, e.resident_id, r.name AS resident_name,
            to_char(e.acted_on, 'YYYY-MM') AS month,
            sum(e.points)::text AS net,
            coalesce(sum(e.points) FILTER (WHERE e.points > 0), 0)::text AS gained,
            coalesce(sum(e.points) FILTER (WHERE e.points < 0), 0)::text AS lost,
            count(*)::int AS entries,
            (array_agg(e.id ORDER BY e.acted_on, e.seq))[1:$4] AS entry_ids,
            coalesce((array_agg(e.declaration_id ORDER BY e.acted_on, e.seq)
                       FILTER (WHERE e.declaration_id IS NOT NULL))[1:$4], '{}') AS declaration_ids
       FROM ledger_entry e
       JOIN resident r ON r.id = e.resident_id
      WHERE e.district_id = $1 AND e.kind = 'NORMAL'
        AND e.acted_on >= $2::date AND e.acted_on <= $3::date
        AND NOT EXISTS (SELECT 1 FROM ledger_entry x WHERE x.reverses_entry_id = e.id AND x.kind = 'REVERSAL')
      GROUP BY e.district_id, e.town_id, e.village_id, e.resident_id, r.name, to_char(e.acted_on, 'YYYY-MM')
     HAVING abs(sum(e.points)) >= $5`,
    [districtId, firstMonth(today), today, ANOMALY_LOOKBACK.evidenceIds, threshold],
  )) as Row[];
  return rows.map((r): AnomalyCandidate => {
    const net = Number(r.net);
    const [year, month] = r.month.split('-').map(Number);
    const period = `${year}年${month}月`;
    return {
      kind: AnomalyKind.POINTS_SWING,
      districtId: r.district_id,
      townId: r.town_id,
      villageId: r.village_id,
      subjectKind: AnomalySubjectKind.RESIDENT,
      subjectKey: r.resident_id,
      subjectName: r.resident_name,
      windowKey: r.month,
      occurredOn: `${r.month}-01`,
      periodLabel: period,
      summary:
        `${r.resident_name} ${period}积分净${net > 0 ? '增加' : '减少'} ${Math.abs(net)} 分` +
        `（${r.entries} 条记录：加 ${Number(r.gained)} 分、减 ${Math.abs(Number(r.lost))} 分），` +
        `达到单月 ±${threshold} 分的提醒线`,
      evidence: {
        month: r.month,
        residentIds: [r.resident_id],
        netPoints: net,
        gainedPoints: Number(r.gained),
        lostPoints: Number(r.lost),
        entryCount: r.entries,
        threshold,
        entryIds: r.entry_ids,
        declarationIds: r.declaration_ids,
      },
    };
  });
};

/** The first day of the earliest month rechecked (this month and the ones before it). */
function firstMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - (ANOMALY_LOOKBACK.months - 1);
  const shifted = new Date(Date.UTC(year, month - 1, 1));
  return shifted.toISOString().slice(0, 10);
}
