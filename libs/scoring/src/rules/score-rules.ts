import { BadInputException, type FieldError } from '@village/platform-common';

/**
 * The district's score rules, stored as one validated jsonb document on the framework. Numbers are
 * defaults from DOMAIN.md §2–§4; every one is editable in a draft.
 */
export interface ScoreRules {
  creditBaseScore: number;
  roleDutyBaseScore: number;
  partyMemberRoleDutyWeight: number;
  partyMemberCreditWeight: number;
  representativeRoleDutyWeight: number;
  representativeCreditWeight: number;
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
}

export const DEFAULT_SCORE_RULES: Readonly<ScoreRules> = Object.freeze({
  creditBaseScore: 1000,
  roleDutyBaseScore: 100,
  partyMemberRoleDutyWeight: 70,
  partyMemberCreditWeight: 30,
  representativeRoleDutyWeight: 60,
  representativeCreditWeight: 40,
  excellentMin: 90,
  excellentQuotaNumerator: 1,
  excellentQuotaDenominator: 3,
  qualifiedMin: 75,
  basicMin: 60,
  fiveStarAbove: 1060,
  fourStarAbove: 1040,
  threeStarAbove: 1020,
  twoStarAbove: 990,
});

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
  return problems;
}

export function assertScoreRules(rules: ScoreRules): void {
  const problems = scoreRuleProblems(rules);
  if (problems.length) throw new BadInputException(problems);
}
