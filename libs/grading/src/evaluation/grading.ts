import { registerLabelledEnum } from '@village/platform-common';
import type { ScoreRules } from '@village/rulebook';

/**
 * Year-end grading (年底总评), pure: composites per subject track, grades with the excellent quota for
 * party members and representatives, and stars for villagers. The year tally gathers the inputs (ledger
 * sums, appraisal averages, veto entries, roles at year end) and stores what this returns.
 */

export enum Grade {
  EXCELLENT = 'EXCELLENT',
  QUALIFIED = 'QUALIFIED',
  BASIC = 'BASIC',
  UNQUALIFIED = 'UNQUALIFIED',
}

export const GRADE_LABELS: Record<Grade, string> = {
  [Grade.EXCELLENT]: '优秀',
  [Grade.QUALIFIED]: '合格',
  [Grade.BASIC]: '基本合格',
  [Grade.UNQUALIFIED]: '不合格',
};

registerLabelledEnum(Grade, 'Grade', '年度等次（党员、村民代表）', GRADE_LABELS);

export const PROBATIONARY_NOTE = '预备党员不参加等次评定';

/** Average 0–100 ratings a person received on one track in the year; null when nobody gave that kind. */
export interface AppraisalAverages {
  peerAverage: number | null;
  massAverage: number | null;
}

export interface GradingInput {
  residentId: string;
  creditScore: number;
  /** Base + ROLE_DUTY points (before appraisal). */
  roleDutyScore: number;
  vetoed: boolean;
  /** What the veto was for, shown in the note (e.g. 'N07 参与赌博'); optional. */
  vetoReason?: string | null;
  partyMember: null | { probationary: boolean; appraisal: AppraisalAverages };
  representative: null | { appraisal: AppraisalAverages };
  /** A village cadre (any post): graded on the cadre track; not appraised (民主评议 rates the other two). */
  cadre?: null | { appraisal: AppraisalAverages };
  villager: boolean;
  /** Direct judgements (直接认定) standing in the year: ceilings on the grade and the stars. */
  judgements?: readonly Judgement[];
}

/** A direct judgement as grading reads it: what it caps, and what to call it in the note. */
export interface Judgement {
  label: string;
  grade: Grade | null;
  stars: number | null;
}

/** Best first: a judgement's grade is a ceiling, so the lower of two is the one that holds. */
const GRADE_ORDER = [Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED];

/** The lowest grade ceiling among the judgements, with the judgement that sets it, or null. */
function gradeCeiling(judgements: readonly Judgement[] = []): Judgement | null {
  const graded = judgements.filter((j) => j.grade !== null);
  if (!graded.length) return null;
  return graded.reduce((low, j) =>
    GRADE_ORDER.indexOf(j.grade as Grade) > GRADE_ORDER.indexOf(low.grade as Grade) ? j : low,
  );
}

/** The lowest stars ceiling among the judgements, with the judgement that sets it, or null. */
function starsCeiling(judgements: readonly Judgement[] = []): Judgement | null {
  const starred = judgements.filter((j) => j.stars !== null);
  if (!starred.length) return null;
  return starred.reduce((low, j) => ((j.stars as number) < (low.stars as number) ? j : low));
}

export interface SubjectGrade {
  /** The role-duty score of this track after appraisal. */
  roleDutyScore: number;
  composite: number;
  grade: Grade | null;
  note: string | null;
}

export interface GradingResult {
  residentId: string;
  /** Null when not a party member. */
  partyMember: SubjectGrade | null;
  representative: SubjectGrade | null;
  /** Null when not a village cadre. */
  cadre: SubjectGrade | null;
  /** Null when not a villager. */
  stars: number | null;
  starsNote: string | null;
}

/** Half away from zero to 2 decimals; the epsilon absorbs binary noise (x.xx5 stored as x.xx4999…). */
export function round2(value: number): number {
  const scaled = Math.abs(value) * 100;
  return (Math.sign(value) * Math.round(scaled + 1e-7 * Math.max(1, scaled))) / 100 || 0;
}

/**
 * The role-duty score with the year-end appraisal blended in:
 * (100 − p − m)% × roleDutyScore + p% × peerAvg × base/100 + m% × massAvg × base/100, rounded to 2
 * decimals. A kind of rating nobody gave has its weight go back to the ledger part, so nobody is
 * penalised for not being rated.
 */
export function appraisedRoleDuty(roleDutyScore: number, a: AppraisalAverages, rules: ScoreRules): number {
  const p = a.peerAverage === null ? 0 : rules.peerAppraisalWeight;
  const m = a.massAverage === null ? 0 : rules.massAppraisalWeight;
  const scale = rules.roleDutyBaseScore / 100;
  const blended =
    (100 - p - m) * roleDutyScore + p * (a.peerAverage ?? 0) * scale + m * (a.massAverage ?? 0) * scale;
  return round2(blended / 100);
}

/** composite = (wRD × roleDuty × 100 / roleDutyBase + wC × credit × 100 / creditBase) / 100, 2 decimals. */
export function composite(
  roleDuty: number,
  creditScore: number,
  weights: { roleDuty: number; credit: number },
  rules: ScoreRules,
): number {
  const roleDutyPart = (weights.roleDuty * roleDuty * 100) / rules.roleDutyBaseScore;
  const creditPart = (weights.credit * creditScore * 100) / rules.creditBaseScore;
  return round2((roleDutyPart + creditPart) / 100);
}

/** The grade by thresholds alone (≥ excellentMin, ≥ qualifiedMin, ≥ basicMin, else unqualified). */
export function gradeByThresholds(score: number, rules: ScoreRules): Grade {
  if (score >= rules.excellentMin) return Grade.EXCELLENT;
  if (score >= rules.qualifiedMin) return Grade.QUALIFIED;
  if (score >= rules.basicMin) return Grade.BASIC;
  return Grade.UNQUALIFIED;
}

/**
 * Stars from the credit score: strictly above each threshold; at or below the optional floor, none
 * (a catalogue's "总分 900 分及以下为 0 星").
 */
export function starsFor(creditScore: number, rules: ScoreRules): number {
  if (creditScore > rules.fiveStarAbove) return 5;
  if (creditScore > rules.fourStarAbove) return 4;
  if (creditScore > rules.threeStarAbove) return 3;
  if (creditScore > rules.twoStarAbove) return 2;
  if (rules.zeroStarAtOrBelow !== null && creditScore <= rules.zeroStarAtOrBelow) return 0;
  return 1;
}

/** The lowest star band: 0 when the rules have a floor, else 1 (what a veto gives). */
const lowestStars = (rules: ScoreRules) => (rules.zeroStarAtOrBelow !== null ? 0 : 1);

/** How many of a group of n may be graded excellent: floor(n × numerator / denominator). */
export function excellentQuota(n: number, rules: ScoreRules): number {
  return Math.floor((n * rules.excellentQuotaNumerator) / rules.excellentQuotaDenominator);
}

function vetoNote(input: GradingInput): string {
  return input.vetoReason?.trim() ? `一票否决：${input.vetoReason.trim()}` : '一票否决';
}

type Track = 'partyMember' | 'representative' | 'cadre';

const TRACK_WEIGHTS: Record<Track, (rules: ScoreRules) => { roleDuty: number; credit: number }> = {
  partyMember: (r) => ({ roleDuty: r.partyMemberRoleDutyWeight, credit: r.partyMemberCreditWeight }),
  representative: (r) => ({ roleDuty: r.representativeRoleDutyWeight, credit: r.representativeCreditWeight }),
  cadre: (r) => ({ roleDuty: r.cadreRoleDutyWeight, credit: r.cadreCreditWeight }),
};

/** One track's composites, thresholds and vetoes; the quota is applied afterwards over the group. */
function gradeTrack(input: GradingInput, track: Track, rules: ScoreRules): SubjectGrade | null {
  const holder = input[track];
  if (!holder) return null;
  const roleDutyScore = appraisedRoleDuty(input.roleDutyScore, holder.appraisal, rules);
  const weights = TRACK_WEIGHTS[track](rules);
  const score = composite(roleDutyScore, input.creditScore, weights, rules);
  if (track === 'partyMember' && input.partyMember?.probationary) {
    const note = input.vetoed ? `${PROBATIONARY_NOTE}；${vetoNote(input)}` : PROBATIONARY_NOTE;
    return { roleDutyScore, composite: score, grade: null, note };
  }
  if (input.vetoed)
    return { roleDutyScore, composite: score, grade: Grade.UNQUALIFIED, note: vetoNote(input) };
  const byThresholds = gradeByThresholds(score, rules);
  const ceiling = gradeCeiling(input.judgements);
  if (ceiling && GRADE_ORDER.indexOf(ceiling.grade as Grade) > GRADE_ORDER.indexOf(byThresholds)) {
    const note = `直接认定：${ceiling.label}，等次最高${GRADE_LABELS[ceiling.grade as Grade]}（按分数为${GRADE_LABELS[byThresholds]}）`;
    return { roleDutyScore, composite: score, grade: ceiling.grade as Grade, note };
  }
  return { roleDutyScore, composite: score, grade: byThresholds, note: null };
}

/**
 * At most floor(n × num / den) of the graded group are EXCELLENT, by composite descending. When the
 * boundary falls inside a tie, everyone in the tie falls to QUALIFIED: the quota is never exceeded.
 */
function applyQuota(grades: SubjectGrade[], rules: ScoreRules): void {
  const quota = excellentQuota(grades.length, rules);
  const excellent = grades
    .filter((g) => g.grade === Grade.EXCELLENT)
    .sort((a, b) => b.composite - a.composite);
  if (excellent.length <= quota) return;
  const firstLeftOut = excellent[quota].composite;
  const fraction = `${rules.excellentQuotaNumerator}/${rules.excellentQuotaDenominator}`;
  for (const g of excellent) {
    if (g.composite <= firstLeftOut) {
      g.grade = Grade.QUALIFIED;
      g.note = `超出优秀名额（${fraction}），按合格`;
    }
  }
}

/** A villager's stars: the lowest band under a veto, else by score, capped by a direct judgement. */
function villagerStars(input: GradingInput, rules: ScoreRules): { stars: number; note: string | null } {
  if (input.vetoed) return { stars: lowestStars(rules), note: vetoNote(input) };
  const byScore = starsFor(input.creditScore, rules);
  const ceiling = starsCeiling(input.judgements);
  if (ceiling && (ceiling.stars as number) < byScore) {
    return {
      stars: ceiling.stars as number,
      note: `直接认定：${ceiling.label}，星级最高 ${ceiling.stars} 星（按分数为 ${byScore} 星）`,
    };
  }
  return { stars: byScore, note: null };
}

/**
 * Grades one village's year: each person on each track they hold (party member, representative), and
 * stars for villagers. Groups for the quota are the graded (non-probationary) holders of each track.
 * Results come back in the order of `inputs`.
 */
export function gradeVillage(inputs: GradingInput[], rules: ScoreRules): GradingResult[] {
  const results: GradingResult[] = inputs.map((input) => {
    const stars = villagerStars(input, rules);
    return {
      residentId: input.residentId,
      partyMember: gradeTrack(input, 'partyMember', rules),
      representative: gradeTrack(input, 'representative', rules),
      cadre: gradeTrack(input, 'cadre', rules),
      stars: input.villager ? stars.stars : null,
      starsNote: input.villager ? stars.note : null,
    };
  });
  for (const track of ['partyMember', 'representative', 'cadre'] as const) {
    const group = inputs
      .map((input, i) => ({ input, grade: results[i][track] }))
      .filter(({ input, grade }) => grade && !(track === 'partyMember' && input.partyMember?.probationary))
      .map(({ grade }) => grade as SubjectGrade);
    applyQuota(group, rules);
  }
  return results;
}
