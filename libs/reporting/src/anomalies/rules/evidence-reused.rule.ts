import { AnomalyKind, AnomalySubjectKind } from '../anomaly-enums';
import { ANOMALY_LOOKBACK, ANOMALY_THRESHOLDS } from '../anomaly-thresholds';
import { bounded, chinaDate, type AnomalyCandidate, type AnomalyRule } from './anomaly-candidate';

interface Use {
  declarationId: string;
  residentId: string;
  residentName: string;
  itemCode: string;
  actedOn: string;
  status: string;
  evidenceId: string;
  fileName: string;
}

interface Row {
  district_id: string;
  town_id: string;
  village_id: string;
  sha256: string;
  acts: number;
  residents: number;
  first_at: Date;
  uses: Use[];
}

/**
 * EVIDENCE_REUSED — one evidence file (the same SHA-256: files are stored by content hash, so only an
 * exact copy matches; a re-taken or re-encoded photo does not) attached to declarations of 2 or more
 * distinct acts (ANOMALY_THRESHOLDS.evidenceActs) in one village: different residents, or one resident's
 * different items or days. The same act declared again after a rejection, with its photo, is not reuse.
 * Rejected declarations count: the file was offered as proof. A volunteer activity's photo is the
 * evidence of every participant's proposed hours (activities.service.ts): all of one activity's proposals
 * are one act here, so the photo is reuse only when it turns up beside another act. Each run looks at the
 * files attached lately and compares them with everything the village ever attached; raised once per
 * file and village.
 */
/**
 * One act: a resident's item on a day, or one volunteer activity — known from the participation row
 * the activity's closing wrote, not from anything a declarer can choose (such as the idempotency key).
 */
const ACT_KEY = `CASE WHEN vp.activity_id IS NOT NULL THEN vp.activity_id::text
                     ELSE concat_ws('|', d.resident_id, d.item_code, d.acted_on) END`;

export const evidenceReusedRule: AnomalyRule = async (tx, districtId) => {
  const threshold = ANOMALY_THRESHOLDS.evidenceActs;
  const rows = (await tx.query(
    `WITH recent AS (
       SELECT DISTINCT village_id, sha256 FROM declaration_evidence
        WHERE district_id = $1 AND created_at >= now() - make_interval(days => $2)
     )
     SELECT e.district_id, e.town_id, e.village_id, e.sha256,
            count(DISTINCT ${ACT_KEY})::int AS acts,
            count(DISTINCT d.resident_id)::int AS residents,
            min(e.created_at) AS first_at,
            json_agg(json_build_object(
              'declarationId', d.id, 'residentId', d.resident_id, 'residentName', r.name,
              'itemCode', d.item_code, 'actedOn', d.acted_on, 'status', d.status,
              'evidenceId', e.id, 'fileName', e.file_name) ORDER BY e.created_at, e.id) AS uses
       FROM declaration_evidence e
       JOIN recent USING (village_id, sha256)
       JOIN declaration d ON d.id = e.declaration_id
       JOIN resident r ON r.id = d.resident_id
       LEFT JOIN volunteer_participation vp ON vp.declaration_id = d.id AND vp.village_id = d.village_id
      WHERE e.district_id = $1
      GROUP BY e.district_id, e.town_id, e.village_id, e.sha256
     HAVING count(DISTINCT ${ACT_KEY}) >= $3`,
    [districtId, ANOMALY_LOOKBACK.entryDays, threshold],
  )) as Row[];
  return rows.map((r): AnomalyCandidate => {
    const uses = r.uses.slice(0, ANOMALY_LOOKBACK.evidenceIds);
    const names = [...new Set(r.uses.map((u) => u.residentName))];
    const file = r.uses[0]?.fileName ?? r.sha256.slice(0, 12);
    return {
      kind: AnomalyKind.EVIDENCE_REUSED,
      districtId: r.district_id,
      townId: r.town_id,
      villageId: r.village_id,
      subjectKind: AnomalySubjectKind.EVIDENCE,
      subjectKey: r.sha256,
      subjectName: bounded(file, 100),
      // A file is reused once and for all: it has no window of its own.
      windowKey: '',
      occurredOn: chinaDate(r.first_at),
      periodLabel: `自${chinaDate(r.first_at)}起`,
      summary: bounded(
        `同一份佐证文件（${file}，SHA-256 ${r.sha256.slice(0, 12)}…）用于 ${r.acts} 项不同的申报，` +
          `涉及 ${r.residents} 位村民：${names.join('、')}`,
        500,
      ),
      evidence: {
        sha256: r.sha256,
        acts: r.acts,
        residents: r.residents,
        threshold,
        declarationIds: [...new Set(uses.map((u) => u.declarationId))],
        residentIds: [...new Set(uses.map((u) => u.residentId))],
        uses,
      },
    };
  });
};
