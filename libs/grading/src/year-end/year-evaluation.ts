import type { TenantTx } from '@village/platform-tenancy';
import { CADRE_SUBJECTS, SubjectType } from '@village/platform-common';
import { appraisalAveragesOf } from '../appraisal/rating-aggregates';
import {
  gradeVillage,
  round2,
  type Grade,
  type AppraisalAverages,
  type GradingInput,
  type SubjectGrade,
} from '../evaluation/grading';
import type { ScoringPeriodEntity, TallyLineDraft, YearStandings } from '@village/scoring';
import type { DistrictRecordEvaluation, LineEvaluation, SubjectEvaluation } from './line-evaluation';
import { letterGradeFor, type ScoreRules } from '@village/rulebook';

const NOT_RATED: AppraisalAverages = { peerAverage: null, massAverage: null };

/**
 * Year end (年底总评): the year's lines with composites, grades and stars. The grading rules are pure
 * (evaluation/grading.ts); this adds what they need from the database — the year's appraisal averages —
 * and keeps the averages on the line, so a posted grade can be explained.
 */
export async function evaluateYear(
  tx: TenantTx,
  period: ScoringPeriodEntity,
  lines: TallyLineDraft[],
  standings: YearStandings,
  rules: ScoreRules,
): Promise<TallyLineDraft[]> {
  const appraisals = await appraisalAveragesOf(tx, period.villageId as string, period.year);
  return evaluateLines(lines, standings, appraisals, rules);
}

/** The year's appraisal averages per resident and track, as appraisalAveragesOf reads them. */
export type YearAppraisals = ReadonlyMap<
  string,
  { PARTY_MEMBER?: AppraisalAverages; REPRESENTATIVE?: AppraisalAverages }
>;

/**
 * The pure part of the year end: the lines graded with the appraisal averages given. The what-if
 * preview (preview/) grades its draft lines through it too, so a preview grades as the tally would.
 */
export function evaluateLines(
  lines: TallyLineDraft[],
  standings: YearStandings,
  appraisals: YearAppraisals,
  rules: ScoreRules,
): TallyLineDraft[] {
  const inputs: GradingInput[] = lines.map((line) => {
    const rated = appraisals.get(line.residentId) ?? {};
    const holds = (type: SubjectType) => line.subjectTypes.includes(type);
    return {
      residentId: line.residentId,
      creditScore: line.creditScore,
      roleDutyScore: line.roleDutyScore ?? rules.roleDutyBaseScore,
      vetoed: line.vetoed,
      vetoReason: standings.vetoes.get(line.residentId)?.join('、') ?? null,
      judgements: (standings.judgements.get(line.residentId) ?? []).map((j) => ({
        label: `${j.itemCode} ${j.itemName}`,
        grade: j.grade as Grade | null,
        stars: j.stars,
      })),
      partyMember: holds(SubjectType.PARTY_MEMBER)
        ? { probationary: line.probationary, appraisal: rated.PARTY_MEMBER ?? NOT_RATED }
        : null,
      representative: holds(SubjectType.REPRESENTATIVE)
        ? { appraisal: rated.REPRESENTATIVE ?? NOT_RATED }
        : null,
      cadre: CADRE_SUBJECTS.some((t) => holds(t)) ? { appraisal: NOT_RATED } : null,
      villager: holds(SubjectType.VILLAGER),
    };
  });
  const results = gradeVillage(inputs, rules);
  return lines.map((line, i) => {
    const input = inputs[i];
    const result = results[i];
    const evaluation: LineEvaluation = {
      partyMember: subject(result.partyMember, input.partyMember?.appraisal),
      representative: subject(result.representative, input.representative?.appraisal),
      // Only on cadres' lines, so the evaluations of everyone else keep their stored shape (and hash).
      ...(result.cadre ? { cadre: subject(result.cadre, NOT_RATED) } : {}),
      stars: result.stars,
      starsNote: result.starsNote,
      ...districtRecordOf(line.residentId, standings, rules),
    };
    return { ...line, evaluation };
  });
}

function subject(
  grade: SubjectGrade | null,
  appraisal: AppraisalAverages | undefined,
): SubjectEvaluation | null {
  if (!grade) return null;
  return {
    roleDutyScore: grade.roleDutyScore,
    composite: grade.composite,
    grade: grade.grade,
    note: grade.note,
    peerAverage: appraisal?.peerAverage ?? null,
    massAverage: appraisal?.massAverage ?? null,
  };
}

/** The district record at year end, only when the rules grade it (so other evaluations keep their shape). */
function districtRecordOf(
  residentId: string,
  standings: YearStandings,
  rules: ScoreRules,
): { districtRecord?: DistrictRecordEvaluation } {
  if (!rules.letterGrades?.length) return {};
  const score = round2(rules.creditBaseScore + (standings.districtPoints?.get(residentId) ?? 0));
  return { districtRecord: { score, letterGrade: letterGradeFor(score, rules.letterGrades) } };
}
