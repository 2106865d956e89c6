import { registerLabelledEnum, type FieldError } from '@village/platform-common';
import type { ScoreRules } from './score-rules';

/** Who admits a village's own item beyond the limits: the town (default) or only the district. */
export enum ExceptionApprover {
  TOWN = 'TOWN',
  DISTRICT = 'DISTRICT',
}
registerLabelledEnum(ExceptionApprover, 'ExceptionApprover', '超限事项的审批层级', {
  TOWN: '镇审批',
  DISTRICT: '区审批',
});

/** A manual's limits on a village's own items (the town's choice within the district's). */
export interface VillageLimits {
  villageMaxPositiveItems: number;
  villageMaxNegativeItems: number;
  villageMaxItemPoints: number;
}

const LIMITS: [keyof VillageLimits, string, string][] = [
  ['villageMaxPositiveItems', '村自定加分项数量上限', '项'],
  ['villageMaxNegativeItems', '村自定扣分项数量上限', '项'],
  ['villageMaxItemPoints', '村自定事项单项分值上限', '分'],
];

/**
 * The district sets how many own items a village may add and their maximum points (DOMAIN.md §13);
 * a town's manual may only tighten them. Each problem names the manual's field.
 */
export function villageLimitProblems(manual: VillageLimits, rules: ScoreRules): FieldError[] {
  return LIMITS.filter(([field]) => manual[field] > rules[field]).map(([field, label, unit]) => ({
    field,
    reasons: [`${label}不能超过区评分框架规定的 ${rules[field]} ${unit}（镇只能从严）`],
  }));
}
