import type { Grade } from '../evaluation/grading';

/** The year-end results of a tally line (stored by the tally as jsonb: one document, hashed with the line). */
export interface LineEvaluation {
  partyMember: SubjectEvaluation | null;
  representative: SubjectEvaluation | null;
  /** The village cadre track (absent on evaluations stored before it existed). */
  cadre?: SubjectEvaluation | null;
  stars: number | null;
  starsNote: string | null;
  /** The district credit record at year end, when the district grades it with letter grades. */
  districtRecord?: DistrictRecordEvaluation;
}

export interface DistrictRecordEvaluation {
  score: number;
  letterGrade: string | null;
}

export interface SubjectEvaluation {
  roleDutyScore: number;
  composite: number;
  grade: Grade | null;
  note: string | null;
  peerAverage: number | null;
  massAverage: number | null;
}
