import { addDays, SUBJECT_TYPE_LABELS, type SubjectType } from '@village/platform-common';
import { Grade, GRADE_LABELS, type FinalYearResult } from '@village/grading';
import type { GoodsEntity } from '../shops/goods.entity';

const GRADE_RANK: Record<Grade, number> = {
  [Grade.EXCELLENT]: 3,
  [Grade.QUALIFIED]: 2,
  [Grade.BASIC]: 1,
  [Grade.UNQUALIFIED]: 0,
};

export interface Redeemer {
  subjectTypes: readonly SubjectType[];
  /** The resident's results in the village's last final year, or null (none, or not graded). */
  finalYear: { year: number; result: FinalYearResult | undefined } | null;
}

/** The first day of the quarter after `day`'s. */
function nextQuarterStart(day: string): string {
  const year = Number(day.slice(0, 4));
  const next = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 4;
  return next > 12 ? `${year + 1}-01-01` : `${year}-${String(next).padStart(2, '0')}-01`;
}

function quarterStart(day: string): string {
  const month = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Why this person may not redeem this good on `today` by the good's own rules (active, window,
 * subject type, stars, grade), in the words the phone shows; null when they may. Stock, balance and
 * limits are decided by the writing transaction, not here.
 */
export function whyNotEligible(goods: GoodsEntity, who: Redeemer, today: string): string | null {
  if (!goods.active) return '该商品已下架';
  if (goods.availableFrom && today < goods.availableFrom) return `${goods.availableFrom} 起可兑换`;
  if (goods.availableUntil && today > goods.availableUntil) return `兑换已于 ${goods.availableUntil} 截止`;
  if (goods.quarterOpeningDays) {
    const lastOpenDay = addDays(quarterStart(today), goods.quarterOpeningDays - 1);
    if (today > lastOpenDay) {
      return `仅每季度前 ${goods.quarterOpeningDays} 天可兑换，下次开放：${nextQuarterStart(today)}`;
    }
  }
  if (goods.subjectTypes.length && !goods.subjectTypes.some((s) => who.subjectTypes.includes(s))) {
    return `仅限${goods.subjectTypes.map((s) => SUBJECT_TYPE_LABELS[s]).join('、')}兑换`;
  }
  if (goods.minStars !== null) {
    const stars = who.finalYear?.result?.stars ?? null;
    if (stars === null) return `需 ${goods.minStars} 星及以上，您尚无定案的年度星级`;
    if (stars < goods.minStars) {
      return `需 ${goods.minStars} 星及以上，您 ${who.finalYear?.year} 年度为 ${stars} 星`;
    }
  }
  if (goods.minGrade) {
    const needed = goods.minGrade as Grade;
    const r = who.finalYear?.result;
    const grades = [r?.partyMemberGrade, r?.representativeGrade, r?.cadreGrade].filter((g): g is Grade =>
      Boolean(g),
    );
    if (!grades.some((g) => GRADE_RANK[g] >= GRADE_RANK[needed])) {
      const had = grades.length
        ? `您 ${who.finalYear?.year} 年度为${grades.map((g) => GRADE_LABELS[g]).join('、')}`
        : '您尚无定案的年度等次';
      return `需年度等次为${GRADE_LABELS[needed]}及以上，${had}`;
    }
  }
  return null;
}
