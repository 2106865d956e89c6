import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsNumber, IsString, Matches } from 'class-validator';
import type { FieldError } from '@village/platform-common';

/**
 * One band of the district's letter grades (区级信用等级, e.g. AAA ≥ 1100 … D): a district credit record
 * at or above `min` has this grade. DOMAIN.md §13.
 */
export interface LetterGrade {
  grade: string;
  min: number;
}

/**
 * The grade of a district record score: the highest band whose minimum it reaches; below every band,
 * the lowest band's grade (the last one, as a catalogue lists D last).
 */
export function letterGradeFor(score: number, grades: readonly LetterGrade[]): string | null {
  if (!grades.length) return null;
  const sorted = [...grades].sort((a, b) => b.min - a.min);
  return (sorted.find((g) => score >= g.min - 1e-9) ?? sorted[sorted.length - 1]).grade;
}

/** Two to ten bands, each grade named once and each minimum distinct. */
export function letterGradeProblems(grades: readonly LetterGrade[] | null): FieldError[] {
  if (grades === null) return [];
  const reasons: string[] = [];
  if (grades.length < 2 || grades.length > 10) reasons.push('信用等级须有 2 到 10 档');
  if (new Set(grades.map((g) => g.grade)).size !== grades.length) reasons.push('信用等级名称不能重复');
  if (new Set(grades.map((g) => g.min)).size !== grades.length) reasons.push('各信用等级的分数线不能相同');
  return reasons.length ? [{ field: 'letterGrades', reasons }] : [];
}

@InputType('LetterGradeInput', { description: '区级信用等级的一档：区级信用档案分不低于分数线为此等级' })
export class LetterGradeInput implements LetterGrade {
  @Field({ description: '等级名称（如 AAA、A、D），最多 8 个字符' })
  @IsString({ message: '必须是文字' })
  @Matches(/^[A-Za-z+\-\u4e00-\u9fa5]{1,8}$/, { message: '只能由字母、汉字和 + - 组成，最多 8 个字符' })
  grade: string;

  @Field(() => Float, { description: '分数线（不低于）' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '必须是不超过两位小数的数' })
  min: number;
}

@ObjectType('LetterGrade', { description: '区级信用等级的一档' })
export class LetterGradeType implements LetterGrade {
  @Field({ description: '等级名称' })
  grade: string;

  @Field(() => Float, { description: '分数线（不低于）' })
  min: number;
}
