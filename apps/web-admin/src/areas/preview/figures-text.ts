import { formatPoints } from '@village/web';
import { GRADE_LABELS } from '../scoring/scoring-labels';

// How the preview's figures read in a table cell: short, in words, the same for both sides so that
// "did it change" is a comparison of two strings.

const STAR_WORDS = ['', '一星', '二星', '三星', '四星', '五星'];

interface GradeCounts {
  excellent: number;
  qualified: number;
  basic: number;
  unqualified: number;
  ungraded: number;
}

/** "优秀 2、合格 5" (only the grades someone has); "—" for nobody on the track. */
export function gradeCountsText(counts: GradeCounts): string {
  const parts: [string, number][] = [
    ['优秀', counts.excellent],
    ['合格', counts.qualified],
    ['基本合格', counts.basic],
    ['不合格', counts.unqualified],
    ['不评定', counts.ungraded],
  ];
  return (
    parts
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label} ${n}`)
      .join('、') || '—'
  );
}

/** "二星 37、三星 1", from five stars down; "—" without villagers. */
export function starCountsText(stars: readonly { stars: number; count: number }[]): string {
  return (
    [...stars]
      .sort((a, b) => b.stars - a.stars)
      .filter((s) => s.count > 0)
      .map((s) => `${STAR_WORDS[s.stars] ?? `${s.stars} 星`} ${s.count}`)
      .join('、') || '—'
  );
}

export const starText = (stars: number | null) =>
  stars === null ? '—' : (STAR_WORDS[stars] ?? `${stars} 星`);

/** "优秀（103.5）", "不评定（预备党员不参加等次评定）"; "—" for someone not on the track. */
export function gradeText(
  subject: { grade: string | null; composite: number; note: string | null } | null,
): string {
  if (!subject) return '—';
  if (!subject.grade) return `不评定${subject.note ? `（${subject.note}）` : ''}`;
  return `${GRADE_LABELS[subject.grade] ?? subject.grade}（${formatPoints(subject.composite)}）`;
}
