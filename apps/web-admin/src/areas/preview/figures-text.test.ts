import { describe, expect, it } from 'vitest';
import { gradeCountsText, gradeText, starCountsText, starText } from './figures-text';

describe('the preview’s figures in words', () => {
  it('lists only the grades and stars someone has, best first', () => {
    expect(gradeCountsText({ excellent: 2, qualified: 5, basic: 0, unqualified: 0, ungraded: 1 })).toBe(
      '优秀 2、合格 5、不评定 1',
    );
    expect(gradeCountsText({ excellent: 0, qualified: 0, basic: 0, unqualified: 0, ungraded: 0 })).toBe('—');
    expect(
      starCountsText([
        { stars: 1, count: 0 },
        { stars: 2, count: 37 },
        { stars: 3, count: 1 },
      ]),
    ).toBe('三星 1、二星 37');
  });

  it('names a grade with its composite, and says why someone is not graded', () => {
    expect(gradeText({ grade: 'EXCELLENT', composite: 103.5, note: null })).toBe('优秀（103.5）');
    expect(gradeText({ grade: null, composite: 100, note: '预备党员不参加等次评定' })).toBe(
      '不评定（预备党员不参加等次评定）',
    );
    expect(gradeText(null)).toBe('—');
    expect(starText(5)).toBe('五星');
  });
});
