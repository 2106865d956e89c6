import { BadInputException, type FieldError } from '@village/platform-common';
import { letterGradeProblems, type LetterGrade } from './letter-grades';
import { ExceptionApprover } from './village-limits';

/**
 * The district's score rules, stored as one validated jsonb document on the framework. Numbers are
 * defaults (docs/domain.md §8); every one is editable in a draft.
 */
export interface ScoreRules {
  creditBaseScore: number;
  roleDutyBaseScore: number;
  partyMemberRoleDutyWeight: number;
  partyMemberCreditWeight: number;
  representativeRoleDutyWeight: number;
  representativeCreditWeight: number;
  /** Village cadres (党支部书记, 村委会主任, 两委委员, 信息员): role-duty and credit weights (default 70/30). */
  cadreRoleDutyWeight: number;
  cadreCreditWeight: number;
  excellentMin: number;
  /** At most this share of a group may be graded excellent: numerator / denominator (1/3). */
  excellentQuotaNumerator: number;
  excellentQuotaDenominator: number;
  qualifiedMin: number;
  basicMin: number;
  fiveStarAbove: number;
  fourStarAbove: number;
  threeStarAbove: number;
  twoStarAbove: number;
  /** Optional lowest band: at or below this credit score, 0 stars (null: the lowest band is 1 star). */
  zeroStarAtOrBelow: number | null;
  /**
   * The district's letter grades over the district credit record (base + the entries of items counted at
   * district level that are still valid, across years); null: no district record is graded.
   */
  letterGrades: LetterGrade[] | null;
  /** Year-end appraisal (民主评议): percent of the role-duty score taken from peer ratings (同级互评). */
  peerAppraisalWeight: number;
  /** Percent of the role-duty score taken from mass ratings (群众评议). */
  massAppraisalWeight: number;
  /**
   * Whether a town's manual may disable the framework's veto items (一票否决项). Off by default: a veto
   * is a district red line, and a town lifting it would grade the same act differently town by town.
   */
  townsMayDisableVetoItems: boolean;
  /** The most own items of each direction a village may add, and their largest points; towns tighten. */
  villageMaxPositiveItems: number;
  villageMaxNegativeItems: number;
  villageMaxItemPoints: number;
  /** Who admits a village's own item beyond its manual's limits. */
  villageExceptionApprover: ExceptionApprover;
}

export const DEFAULT_SCORE_RULES: Readonly<ScoreRules> = Object.freeze({
  creditBaseScore: 1000,
  roleDutyBaseScore: 100,
  partyMemberRoleDutyWeight: 70,
  partyMemberCreditWeight: 30,
  representativeRoleDutyWeight: 60,
  representativeCreditWeight: 40,
  cadreRoleDutyWeight: 70,
  cadreCreditWeight: 30,
  excellentMin: 90,
  excellentQuotaNumerator: 1,
  excellentQuotaDenominator: 3,
  qualifiedMin: 75,
  basicMin: 60,
  fiveStarAbove: 1060,
  fourStarAbove: 1040,
  threeStarAbove: 1020,
  twoStarAbove: 990,
  zeroStarAtOrBelow: null,
  letterGrades: null,
  peerAppraisalWeight: 10,
  massAppraisalWeight: 10,
  townsMayDisableVetoItems: false,
  villageMaxPositiveItems: 10,
  villageMaxNegativeItems: 10,
  villageMaxItemPoints: 5,
  villageExceptionApprover: ExceptionApprover.TOWN,
});

/** Each appraisal weight is 0–50 percent of the role-duty score; together they stay below 100. */
export const MAX_APPRAISAL_WEIGHT = 50;

/**
 * Rules as read from a stored framework: keys added after the row was written (the appraisal weights,
 * the veto switch) take their defaults, so frameworks stored before them keep working. Null or missing
 * values count as missing; stored values win.
 */
export function withRuleDefaults(stored: Partial<ScoreRules> | null | undefined): ScoreRules {
  const defined = Object.fromEntries(
    Object.entries(stored ?? {}).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<ScoreRules>;
  return { ...DEFAULT_SCORE_RULES, ...defined };
}

/** What must hold before a framework is published; each problem names its field. */
export function scoreRuleProblems(rules: ScoreRules): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, reason: string) => problems.push({ field, reasons: [reason] });
  if (rules.creditBaseScore <= 0) add('creditBaseScore', '信用积分基础分必须大于 0');
  if (rules.roleDutyBaseScore <= 0) add('roleDutyBaseScore', '角色职责积分基础分必须大于 0');
  if (rules.partyMemberRoleDutyWeight + rules.partyMemberCreditWeight !== 100) {
    add('partyMemberRoleDutyWeight', '党员角色职责积分与信用积分的权重之和必须为 100');
  }
  if (rules.representativeRoleDutyWeight + rules.representativeCreditWeight !== 100) {
    add('representativeRoleDutyWeight', '村民代表角色职责积分与信用积分的权重之和必须为 100');
  }
  if (rules.cadreRoleDutyWeight + rules.cadreCreditWeight !== 100) {
    add('cadreRoleDutyWeight', '村干部角色职责积分与信用积分的权重之和必须为 100');
  }
  if (!(rules.excellentMin > rules.qualifiedMin && rules.qualifiedMin > rules.basicMin)) {
    add('excellentMin', '等次分数线必须依次递减：优秀 > 合格 > 基本合格');
  }
  if (
    rules.excellentQuotaNumerator <= 0 ||
    rules.excellentQuotaDenominator <= 0 ||
    rules.excellentQuotaNumerator > rules.excellentQuotaDenominator
  ) {
    add('excellentQuotaNumerator', '优秀名额比例必须在 0 到 1 之间');
  }
  const stars = [rules.fiveStarAbove, rules.fourStarAbove, rules.threeStarAbove, rules.twoStarAbove];
  if (stars.some((v, i) => i > 0 && stars[i - 1] <= v)) {
    add('fiveStarAbove', '星级分数线必须依次递减：五星 > 四星 > 三星 > 二星');
  }
  problems.push(...letterGradeProblems(rules.letterGrades));
  if (rules.zeroStarAtOrBelow !== null && rules.zeroStarAtOrBelow >= rules.twoStarAbove) {
    add('zeroStarAtOrBelow', '零星分数线必须低于二星分数线（两者之间为一星）');
  }
  for (const [field, label] of [
    ['peerAppraisalWeight', '同级互评'],
    ['massAppraisalWeight', '群众评议'],
  ] as const) {
    const weight = rules[field];
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_APPRAISAL_WEIGHT) {
      add(field, `${label}权重必须是 0 到 ${MAX_APPRAISAL_WEIGHT} 之间的整数（占角色职责积分的百分比）`);
    }
  }
  if (rules.peerAppraisalWeight + rules.massAppraisalWeight >= 100) {
    add('massAppraisalWeight', '同级互评与群众评议的权重之和必须小于 100');
  }
  return problems;
}

export function assertScoreRules(rules: ScoreRules): void {
  const problems = scoreRuleProblems(rules);
  if (problems.length) throw new BadInputException(problems);
}
