import { Grade } from '../evaluation/grading';
import { gradeMessages } from './grade-messages';

const subject = (grade: Grade | null, note: string | null = null) => ({
  roleDutyScore: 100,
  composite: 93.5,
  grade,
  note,
  peerAverage: null,
  massAverage: null,
});

describe('grade messages for the inbox', () => {
  it('says each track and the stars in one line', () => {
    expect(
      gradeMessages({
        evaluation: {
          partyMember: subject(Grade.EXCELLENT),
          representative: null,
          stars: 5,
          starsNote: null,
        },
      }),
    ).toBe('党员：优秀（93.5 分）；星级：五星');
  });

  it('gives the note where a track is not graded, and nothing for quarterly lines', () => {
    expect(
      gradeMessages({
        evaluation: {
          partyMember: subject(null, '预备党员不参加等次评定'),
          representative: null,
          stars: 2,
          starsNote: null,
        },
      }),
    ).toBe('党员：预备党员不参加等次评定；星级：二星');
    expect(gradeMessages({ evaluation: null })).toBeNull();
  });
});
