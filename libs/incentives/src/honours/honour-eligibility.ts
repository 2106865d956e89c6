import { SUBJECT_TYPE_LABELS, SubjectType } from '@village/platform-common';
import { Grade, type FinalYearResult } from '@village/grading';

const GRADE_ORDER: Grade[] = [Grade.UNQUALIFIED, Grade.BASIC, Grade.QUALIFIED, Grade.EXCELLENT];
export const GRADE_LABELS: Record<Grade, string> = {
  EXCELLENT: '优秀',
  QUALIFIED: '合格',
  BASIC: '基本合格',
  UNQUALIFIED: '不合格',
};

export interface HonourRequirement {
  name: string;
  subjectType: SubjectType;
  minStars: number | null;
  minGrade: Grade | null;
}

/** The grade of the track an honour's subject type is judged on (villagers have stars only). */
export function gradeFor(result: FinalYearResult, subject: SubjectType): Grade | null {
  if (subject === SubjectType.PARTY_MEMBER) return result.partyMemberGrade;
  if (subject === SubjectType.REPRESENTATIVE) return result.representativeGrade;
  if (subject === SubjectType.VILLAGER) return null;
  return result.cadreGrade;
}

/**
 * Why a person may not be nominated for an honour in a year, in Chinese, or null when they may: the
 * subject type of the honour among theirs that year, and stars and grade at or above its minimums.
 */
export function ineligibility(
  requirement: HonourRequirement,
  year: number,
  result: FinalYearResult | undefined,
): string | null {
  if (!result) return `该村民 ${year} 年度没有总评结果，不能推荐`;
  if (!result.subjectTypes.includes(requirement.subjectType)) {
    return `「${requirement.name}」只评选${SUBJECT_TYPE_LABELS[requirement.subjectType]}，该村民 ${year} 年度不是`;
  }
  if (requirement.minStars !== null && (result.stars ?? 0) < requirement.minStars) {
    return `该村民 ${year} 年度为 ${result.stars ?? 0} 星，本荣誉要求 ${requirement.minStars} 星及以上`;
  }
  if (requirement.minGrade !== null) {
    const grade = gradeFor(result, requirement.subjectType);
    if (grade === null || GRADE_ORDER.indexOf(grade) < GRADE_ORDER.indexOf(requirement.minGrade)) {
      const got = grade === null ? '没有评定等次' : `评定为${GRADE_LABELS[grade]}`;
      return `该村民 ${year} 年度${got}，本荣誉要求${GRADE_LABELS[requirement.minGrade]}及以上`;
    }
  }
  return null;
}
