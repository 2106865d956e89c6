import { GRADE_LABELS } from '../evaluation/grading';
import type { LineEvaluation } from './line-evaluation';

/** One sentence per track for a resident's inbox: '党员：优秀（93.5 分）；星级：五星'. Null: nothing graded. */
export function gradeMessages(line: { evaluation: LineEvaluation | null }): string | null {
  const e = line.evaluation;
  if (!e) return null;
  const parts: string[] = [];
  const subject = (label: string, s: NonNullable<typeof e.partyMember>) =>
    parts.push(
      s.grade
        ? `${label}：${GRADE_LABELS[s.grade]}（${s.composite} 分）`
        : `${label}：${s.note ?? '不参加等次评定'}`,
    );
  if (e.partyMember) subject('党员', e.partyMember);
  if (e.representative) subject('村民代表', e.representative);
  if (e.cadre) subject('村干部', e.cadre);
  if (e.stars !== null) parts.push(`星级：${'一二三四五'[e.stars - 1]}星`);
  return parts.length ? parts.join('；') : null;
}
