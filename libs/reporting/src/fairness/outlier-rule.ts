/**
 * When a group of residents (a grid, a gender, an age band) or a reviewer is flagged 偏离: its
 * deduction rate is compared with the rest of the village by a two-sample z-score with a pooled
 * estimate, and flagged when |z| ≥ 2 (about the 5 % two-sided level) — but only when the comparison
 * has enough behind it, so a grid of three people with one unlucky deduction is never flagged:
 *
 * - a group: deductions per resident, the group against the village's other residents, pooled rate
 *   λ = D / N, z = (d₁/n₁ − d₂/n₂) / √(λ (1/n₁ + 1/n₂)) — the usual test of two Poisson rates (it equals
 *   the binomial test of the group's share of the village's D deductions against its share of
 *   residents); judged only with ≥ 10 residents in the group, ≥ 1 outside it and ≥ 5 deductions in the
 *   village;
 * - a reviewer: the share of the entries they approved that are deductions, against the other
 *   reviewers' entries, pooled share p = D / E, z = (p₁ − p₂) / √(p (1 − p) (1/e₁ + 1/e₂)) — the
 *   two-proportion z-test; judged only with ≥ 10 entries approved by the reviewer, ≥ 1 by others and
 *   ≥ 5 deductions among all entries.
 *
 * "Far from the village's" goes both ways: far above (偏高: harsher) and far below (偏低: more lenient).
 * With two reviewers, one far above the other means the other is far below: both are flagged.
 */
export const OUTLIER_Z = 2;
export const MIN_GROUP_RESIDENTS = 10;
export const MIN_REVIEWER_ENTRIES = 10;
export const MIN_DEDUCTIONS = 5;

/** The rule in words, for the API's description and the screen. */
export const OUTLIER_RULE =
  `偏离的判断：把一组（或一位审核人）与本村其余部分比较扣分率，用合并估计的两样本 z 值，|z| ≥ ${OUTLIER_Z} 即标记“偏离”（偏高或偏低）。` +
  `分组按每位村民的扣分次数比较（合并率 λ = 全村扣分次数 ÷ 全村人数，z = (本组每人扣分 − 其余每人扣分) ÷ √(λ × (1/本组人数 + 1/其余人数))），` +
  `本组不少于 ${MIN_GROUP_RESIDENTS} 人才判断；审核人按其核定记录中扣分所占比例比较（两比例 z 检验），` +
  `本人核定不少于 ${MIN_REVIEWER_ENTRIES} 条才判断；全村扣分少于 ${MIN_DEDUCTIONS} 次时不判断。`;

export enum Deviation {
  HIGH = 'HIGH',
  LOW = 'LOW',
}

export interface Sample {
  /** Deductions. */
  count: number;
  /** Residents (a group) or entries approved (a reviewer). */
  size: number;
}

export interface OutlierCheck {
  /** Rounded to 2 places; null when the comparison was not made. */
  zScore: number | null;
  deviation: Deviation | null;
  /** Why flagged, why not, or why not judged: the screen's tooltip. */
  reason: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => round2(n).toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** The pooled two-sample z of `a` against `rest`; null when either is empty or nothing varies. */
export function twoSampleZ(a: Sample, rest: Sample, kind: 'RATE' | 'PROPORTION'): number | null {
  if (a.size <= 0 || rest.size <= 0) return null;
  const pooled = (a.count + rest.count) / (a.size + rest.size);
  const variance = kind === 'RATE' ? pooled : pooled * (1 - pooled);
  if (variance <= 0) return null;
  return (a.count / a.size - rest.count / rest.size) / Math.sqrt(variance * (1 / a.size + 1 / rest.size));
}

interface Wording {
  kind: 'RATE' | 'PROPORTION';
  minSize: number;
  tooSmall: string;
  /** The rate as shown: per 100 residents, or a percentage of entries. */
  show: (s: Sample) => string;
  subjectLabel: string;
  restLabel: string;
}

function judge(subject: Sample, village: Sample, w: Wording): OutlierCheck {
  const rest = { count: village.count - subject.count, size: village.size - subject.size };
  if (subject.size < w.minSize) return { zScore: null, deviation: null, reason: w.tooSmall };
  if (rest.size <= 0) return { zScore: null, deviation: null, reason: '本村没有可比较的其余部分，不作判断' };
  if (village.count < MIN_DEDUCTIONS) {
    return { zScore: null, deviation: null, reason: `全村扣分不足 ${MIN_DEDUCTIONS} 次，不作判断` };
  }
  const z = twoSampleZ(subject, rest, w.kind);
  if (z === null) return { zScore: null, deviation: null, reason: '扣分率没有差异可比较，不作判断' };
  const figures = `${w.subjectLabel}${w.show(subject)}，${w.restLabel}${w.show(rest)}，z = ${fmt(z)}`;
  if (Math.abs(z) < OUTLIER_Z) {
    return {
      zScore: round2(z),
      deviation: null,
      reason: `与全村无明显差异：${figures}（|z| < ${OUTLIER_Z}）`,
    };
  }
  const deviation = z > 0 ? Deviation.HIGH : Deviation.LOW;
  return {
    zScore: round2(z),
    deviation,
    reason: `扣分率明显${deviation === Deviation.HIGH ? '高于' : '低于'}全村：${figures}（|z| ≥ ${OUTLIER_Z}）`,
  };
}

/** A grid, gender or age band against the village's other residents. */
export function judgeGroup(group: Sample, village: Sample): OutlierCheck {
  return judge(group, village, {
    kind: 'RATE',
    minSize: MIN_GROUP_RESIDENTS,
    tooSmall: `本组不足 ${MIN_GROUP_RESIDENTS} 人，不作偏离判断`,
    show: (s) => `每百人扣分 ${fmt((s.count / s.size) * 100)} 次`,
    subjectLabel: '本组',
    restLabel: '其余村民',
  });
}

/** A reviewer against the entries other reviewers approved. */
export function judgeReviewer(reviewer: Sample, village: Sample): OutlierCheck {
  return judge(reviewer, village, {
    kind: 'PROPORTION',
    minSize: MIN_REVIEWER_ENTRIES,
    tooSmall: `核定不足 ${MIN_REVIEWER_ENTRIES} 条，不作偏离判断`,
    show: (s) => `扣分占 ${fmt((s.count / s.size) * 100)}%`,
    subjectLabel: '本人',
    restLabel: '其他审核人',
  });
}
