import type { FieldError } from '@village/platform-common';
import type { ItemFields } from '../common/item-columns';
import { isQuantified } from './describe-rule';

export type PointRuleFields = Pick<
  ItemFields,
  | 'code'
  | 'name'
  | 'direction'
  | 'pointsMin'
  | 'pointsMax'
  | 'perUnitPoints'
  | 'pointLevels'
  | 'amountBands'
  | 'roundingStep'
  | 'roundingMode'
  | 'perActMax'
  | 'capGroup'
  | 'capMode'
  | 'capPerMonth'
  | 'capPerQuarter'
  | 'capPerYear'
  | 'track'
  | 'milestoneSources'
  | 'milestoneSpan'
  | 'milestones'
  | 'household'
  | 'householdMembers'
  | 'beneficiaryRelations'
  | 'validityRules'
  | 'judgementGrade'
  | 'judgementStars'
  | 'repairPoints'
  | 'veto'
  | 'capByHousehold'
>;

/** One item's point rule: levels, bands, rounding and the per-act maximum agree with its range. */
function itemRuleProblems(item: PointRuleFields): string[] {
  const problems: string[] = [];
  const range = `${item.pointsMin}–${item.pointsMax} 分`;
  if (item.pointLevels?.length) {
    if (isQuantified(item)) problems.push('按档次计分的事项不能同时按单位或分档计分');
    const outside = item.pointLevels.filter((l) => l < item.pointsMin || l > item.pointsMax);
    if (outside.length) problems.push(`档次 ${outside.join('、')} 分不在分值范围 ${range}内`);
  }
  if (item.amountBands?.length) {
    if (item.perUnitPoints !== null) problems.push('分档计分的事项不再填写每单位分值');
    const sorted = [...item.amountBands].sort((a, b) => a.from - b.from);
    sorted.forEach((band, i) => {
      const name = `第 ${i + 1} 档（${band.from} 起）`;
      if ((band.points === null) === (band.perUnit === null))
        problems.push(`${name}须在固定分值和每单位分值中填且只填一项`);
      if (band.to !== null && band.to <= band.from) problems.push(`${name}的上限须大于下限`);
      const next = sorted[i + 1];
      if (next && (band.to === null || band.to > next.from))
        problems.push(`${name}与下一档（${next.from} 起）重叠`);
      if (band.points !== null && band.points > item.pointsMax)
        problems.push(`${name}的 ${band.points} 分超出分值上限 ${item.pointsMax} 分`);
    });
  }
  problems.push(...milestoneProblems(item), ...actRuleProblems(item));
  if ((item.roundingStep === null) !== (item.roundingMode === null))
    problems.push('取整单位和取整方式须同时填写');
  if (item.roundingStep !== null && !isQuantified(item))
    problems.push('只有按单位或分档计分的事项才需要取整');
  if (item.perActMax !== null && (item.perActMax > item.pointsMax || item.perActMax < item.pointsMin)) {
    problems.push(`单次最多 ${item.perActMax} 分须在分值范围 ${range}内`);
  }
  return problems;
}

/** Household members, beneficiaries, validity by size and direct judgements agree with the item. */
function actRuleProblems(item: PointRuleFields): string[] {
  const problems: string[] = [];
  if (item.householdMembers && !item.household) problems.push('只有按户计分的事项才能给每位家庭成员计分');
  if (
    item.capByHousehold &&
    item.capPerMonth === null &&
    item.capPerQuarter === null &&
    item.capPerYear === null
  )
    problems.push('上限按户合计须设定每月、每季度或每年上限');
  if (item.beneficiaryRelations?.length && item.household)
    problems.push('按户计分的事项不再计给亲属（户内成员已按户计分）');
  const maxima = (item.validityRules ?? []).map((r) => r.maxPoints);
  if (maxima.filter((m) => m === null).length > 1) problems.push('按分值的有效期最多一条不设分值上限');
  if (new Set(maxima).size !== maxima.length) problems.push('按分值的有效期不能有重复的分值上限');
  const judging = item.judgementGrade !== null || item.judgementStars !== null;
  if (judging) {
    if (item.direction !== 'NEGATIVE') problems.push('直接认定（降级）只能是扣分事项');
    if (item.veto) problems.push('一票否决已直接认定为不合格，不再另设认定等次');
    if (isQuantified(item) || item.pointLevels?.length || item.milestones?.length)
      problems.push('直接认定事项不按数量、档次或累计计分');
  }
  if (item.repairPoints !== null) {
    if (!judging) problems.push('只有直接认定事项才有信用修复');
    else if (item.repairPoints > item.pointsMax || item.repairPoints < item.pointsMin)
      problems.push(
        `信用修复后扣 ${item.repairPoints} 分须在分值范围 ${item.pointsMin}–${item.pointsMax} 分内`,
      );
  }
  return problems;
}

/** A milestone item names its sources, span and thresholds, ascending, each within the range. */
function milestoneProblems(item: PointRuleFields): string[] {
  const parts = [item.milestoneSources?.length, item.milestoneSpan, item.milestones?.length];
  if (parts.every((p) => !p)) return [];
  if (!parts.every(Boolean)) return ['累计奖励须同时填写累计事项、累计范围和门槛'];
  const problems: string[] = [];
  if (isQuantified(item) || item.pointLevels?.length)
    problems.push('累计奖励事项由系统按门槛计分，不再按单位、分档或档次计分');
  const thresholds = (item.milestones ?? []).map((m) => m.threshold);
  if (thresholds.some((t, i) => i > 0 && t <= thresholds[i - 1]))
    problems.push('累计门槛须从小到大排列且不重复');
  const outside = (item.milestones ?? []).filter(
    (m) => m.points < item.pointsMin || m.points > item.pointsMax,
  );
  if (outside.length) {
    problems.push(
      `门槛分值 ${outside.map((m) => m.points).join('、')} 分不在分值范围 ${item.pointsMin}–${item.pointsMax} 分内`,
    );
  }
  if (item.milestoneSources?.includes(item.code)) problems.push('累计奖励事项不能累计它自己');
  return problems;
}

const CAP_FIELDS = [
  'capPerMonth',
  'capPerQuarter',
  'capPerYear',
  'capMode',
  'capByHousehold',
  'direction',
  'track',
] as const;

/** Items of one cap group state the same caps, mode, direction and track, and at least one cap. */
function capGroupProblems(items: readonly PointRuleFields[], prefix: string): FieldError[] {
  const groups = new Map<string, PointRuleFields[]>();
  for (const item of items)
    if (item.capGroup) groups.set(item.capGroup, [...(groups.get(item.capGroup) ?? []), item]);
  const problems: FieldError[] = [];
  for (const [group, members] of groups) {
    const [first] = members;
    if (first.capPerMonth === null && first.capPerQuarter === null && first.capPerYear === null) {
      problems.push({
        field: `${prefix}.${first.code}.capGroup`,
        reasons: [`事项组 ${group} 没有设定任何上限，共享上限无从谈起`],
      });
    }
    for (const other of members.slice(1)) {
      const differs = CAP_FIELDS.filter((f) => other[f] !== first[f]);
      if (differs.length) {
        problems.push({
          field: `${prefix}.${other.code}.capGroup`,
          reasons: [
            `事项组 ${group} 中「${other.code}」与「${first.code}」的上限、超限处理、加减方向或积分类型不一致，同组事项须完全相同`,
          ],
        });
      }
    }
  }
  return problems;
}

/** The point-rule problems of a version's items, each naming `<prefix>.<code>.<field>`. */
export function pointRuleProblems(items: readonly PointRuleFields[], prefix: string): FieldError[] {
  const own = items.flatMap((item) => {
    const reasons = itemRuleProblems(item).map((r) => `事项「${item.code} ${item.name}」：${r}`);
    return reasons.length ? [{ field: `${prefix}.${item.code}.points`, reasons }] : [];
  });
  return [...own, ...capGroupProblems(items, prefix)];
}
