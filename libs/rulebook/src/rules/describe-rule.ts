import type { ItemFields } from '../common/item-columns';
import {
  BENEFICIARY_RELATION_LABELS,
  CapMode,
  JUDGEMENT_GRADE_LABELS,
  MilestoneSpan,
  RECORD_LEVEL_LABELS,
  RecordLevel,
  RoundingMode,
} from '../common/item-enums';
import type { AmountBand } from '../common/amount-band';

// How an item's point rule reads in plain Chinese, for reviewers, villagers and the rulebook's screens.

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Points as a cadre writes them: no trailing zeros (0.5, 10, 0.52). */
export const showPoints = (n: number) => String(round2(n));

/** Items whose points come from a declared quantity (per unit, or by amount bands). */
export function isQuantified(item: Pick<ItemFields, 'perUnitPoints' | 'amountBands'>): boolean {
  return item.perUnitPoints !== null || (item.amountBands?.length ?? 0) > 0;
}

export const bandLabel = (band: AmountBand, unit: string) =>
  band.to === null ? `${band.from}${unit}及以上` : `${band.from}–${band.to}${unit}（不含${band.to}）`;

export const ROUNDING_WORDS: Record<RoundingMode, string> = {
  [RoundingMode.DOWN]: '舍去',
  [RoundingMode.NEAREST]: '四舍五入',
};

/** The item fields that decide what one act scores (with its code, for messages). */
export type PointRuleItem = Pick<
  ItemFields,
  | 'pointsMin'
  | 'pointsMax'
  | 'perUnitPoints'
  | 'unitLabel'
  | 'pointLevels'
  | 'amountBands'
  | 'roundingStep'
  | 'roundingMode'
  | 'perActMax'
  | 'capMode'
>;

type DescribedItem = PointRuleItem &
  Pick<
    ItemFields,
    | 'capPerMonth'
    | 'capPerQuarter'
    | 'capPerYear'
    | 'capGroup'
    | 'repeatMultiplier'
    | 'validityMonths'
    | 'milestoneSources'
    | 'milestoneSpan'
    | 'milestones'
    | 'household'
    | 'householdMembers'
    | 'beneficiaryRelations'
    | 'kind'
    | 'alternativeGroup'
    | 'validityRules'
    | 'judgementGrade'
    | 'judgementStars'
    | 'repairPoints'
    | 'recordLevel'
    | 'capByHousehold'
  >;

/** "P01 的数量本年度累计每达到 10、20 小时，分别记 2、3 分（每档一次，由系统自动计分）". */
export function milestoneSentence(
  item: Pick<ItemFields, 'milestoneSources' | 'milestoneSpan' | 'milestones' | 'unitLabel'>,
): string {
  const span = item.milestoneSpan === MilestoneSpan.ALL ? '历年' : '本年度';
  const unit = item.unitLabel ?? '';
  const thresholds = (item.milestones ?? []).map((m) => m.threshold).join('、');
  const points = (item.milestones ?? []).map((m) => m.points).join('、');
  return `${(item.milestoneSources ?? []).join('、')} 的数量${span}累计每达到 ${thresholds} ${unit}，分别记 ${points} 分（每档一次，由系统自动计分）`;
}

/** The item's scoring rule in one line of plain Chinese, for reviewers and villagers. */
export function describeRule(item: DescribedItem): string {
  const unit = item.unitLabel ?? '单位';
  const parts: string[] = [];
  if (item.milestones?.length) {
    parts.push(milestoneSentence(item));
  } else if (item.amountBands?.length) {
    const bands = item.amountBands.map((b) =>
      b.points !== null
        ? `${bandLabel(b, unit)}记 ${b.points} 分`
        : `${bandLabel(b, unit)}每${unit} ${b.perUnit} 分`,
    );
    parts.push(`按${unit}分档：${bands.join('；')}`);
  } else if (item.perUnitPoints !== null) {
    parts.push(`每${unit} ${item.perUnitPoints} 分`);
  } else if (item.pointLevels?.length) {
    parts.push(`按档次记 ${item.pointLevels.join('、')} 分之一`);
  } else {
    parts.push(
      item.pointsMin === item.pointsMax ? `${item.pointsMin} 分` : `${item.pointsMin}–${item.pointsMax} 分`,
    );
  }
  if (isQuantified(item) && item.roundingStep !== null) {
    parts.push(`按 ${item.roundingStep} 分${ROUNDING_WORDS[item.roundingMode ?? RoundingMode.NEAREST]}取整`);
  }
  const actMax = Math.min(item.pointsMax, item.perActMax ?? Infinity);
  if (isQuantified(item) || item.perActMax !== null) parts.push(`单次最多 ${showPoints(actMax)} 分`);
  const caps = [
    item.capPerMonth !== null ? `每月 ${item.capPerMonth} 分` : null,
    item.capPerQuarter !== null ? `每季度 ${item.capPerQuarter} 分` : null,
    item.capPerYear !== null ? `每年 ${item.capPerYear} 分` : null,
  ].filter(Boolean);
  if (caps.length) {
    const who =
      (item.capByHousehold ? '全户' : '') +
      (item.capGroup ? `与同组（${item.capGroup}）事项合计` : item.capByHousehold ? '合计' : '');
    const how = item.capMode === CapMode.CLAMP ? '，超出部分不计' : '，超出不予受理';
    parts.push(`${who}最多${caps.join('、')}${how}`);
  }
  parts.push(...actRuleSentences(item));
  return parts.join('；');
}

/** Months as a cadre says them: 12 → 1 年, 18 → 18 个月. */
const monthsWords = (months: number) => (months % 12 === 0 ? `${months / 12} 年` : `${months} 个月`);

/** The act rules of issue 12 (household, beneficiary, kind, alternatives, validity, judgement, level). */
function actRuleSentences(item: DescribedItem): string[] {
  const parts: string[] = [];
  if (item.judgementGrade !== null || item.judgementStars !== null) {
    const what = [
      item.judgementGrade !== null ? `等次最高${JUDGEMENT_GRADE_LABELS[item.judgementGrade]}` : null,
      item.judgementStars !== null ? `星级最高 ${item.judgementStars} 星` : null,
    ].filter(Boolean);
    parts.push(`直接认定：${what.join('、')}`);
    if (item.repairPoints !== null)
      parts.push(`可信用修复，修复后改为扣 ${showPoints(item.repairPoints)} 分`);
  }
  if (item.household)
    parts.push(
      item.householdMembers ? '按户计分，每位家庭成员各计一次（每季度每户一次）' : '按户计分，计给户主',
    );
  if (item.beneficiaryRelations?.length) {
    const who = item.beneficiaryRelations.map((r) => BENEFICIARY_RELATION_LABELS[r]).join('、');
    parts.push(`可计给行为人的${who}`);
  }
  if (item.alternativeGroup) parts.push(`与同组（${item.alternativeGroup}）事项不叠加，同一行为只计一项`);
  const validity = item.validityRules?.length
    ? [...item.validityRules]
        .sort((a, b) => (a.maxPoints ?? Infinity) - (b.maxPoints ?? Infinity))
        .map((r) =>
          r.maxPoints === null
            ? `其余有效 ${monthsWords(r.months)}`
            : `${r.maxPoints} 分及以下有效 ${monthsWords(r.months)}`,
        )
        .join('，')
    : item.validityMonths
      ? `有效期 ${monthsWords(item.validityMonths)}`
      : null;
  if (
    validity &&
    (item.validityRules?.length || item.judgementGrade !== null || item.judgementStars !== null)
  )
    parts.push(validity);
  if (item.validityMonths && item.repeatMultiplier !== 1) {
    const same = item.kind ? `同种类（${item.kind}）事项` : '';
    parts.push(`${item.validityMonths} 个月内${same}再次发生按 ${item.repeatMultiplier} 倍计`);
  }
  if (item.recordLevel !== RecordLevel.BOTH) parts.push(RECORD_LEVEL_LABELS[item.recordLevel]);
  return parts;
}
