import type { SubjectType } from '@village/platform-common';
import type { TallyLineDraft } from '@village/scoring';
import { Grade } from '../evaluation/grading';
import type { LineEvaluation } from '../year-end/line-evaluation';
import { round2, type Rescored } from './preview-entry';

/** One person's year under one set of rules. */
export interface PersonFigures {
  creditScore: number;
  roleDutyScore: number | null;
  vetoed: boolean;
  evaluation: LineEvaluation;
}

/** What the draft does to one item's acts of one person. */
export interface ItemDelta {
  itemCode: string;
  entries: number;
  recordedPoints: number;
  draftPoints: number;
  note: string | null;
}

export interface PersonPreview {
  residentId: string;
  residentName: string;
  subjectTypes: SubjectType[];
  current: PersonFigures;
  draft: PersonFigures;
  /** A grade on either track differs. */
  gradeChanged: boolean;
  starsChanged: boolean;
  /** The credit or role-duty score differs. */
  scoreChanged: boolean;
  items: ItemDelta[];
}

export interface GradeCounts {
  excellent: number;
  qualified: number;
  basic: number;
  unqualified: number;
  /** Holders of the track without a grade (probationary party members). */
  ungraded: number;
}

export interface VillageFigures {
  averageCreditScore: number | null;
  partyMemberGrades: GradeCounts;
  representativeGrades: GradeCounts;
  /** Villagers per star level, 1 to 5 stars, each listed. */
  stars: { stars: number; count: number }[];
}

export interface VillageComparison {
  residents: number;
  rescoredEntries: number;
  changedPeople: number;
  scoreChangedPeople: number;
  current: VillageFigures;
  draft: VillageFigures;
}

const figuresOf = (line: TallyLineDraft): PersonFigures => ({
  creditScore: line.creditScore,
  roleDutyScore: line.roleDutyScore,
  vetoed: line.vetoed,
  evaluation: line.evaluation as unknown as LineEvaluation,
});

const differs = (r: Rescored) => r.recordedPoints !== r.draftPoints || r.recordedTrack !== r.draftTrack;

/** Per item, what changed for each person (entries the draft scores alike are left out). */
function itemDeltas(rescored: readonly Rescored[]): Map<string, ItemDelta[]> {
  const byPerson = new Map<string, Map<string, ItemDelta>>();
  for (const r of rescored) {
    if (!differs(r)) continue;
    const items = byPerson.get(r.residentId) ?? new Map<string, ItemDelta>();
    const delta = items.get(r.itemCode) ?? {
      itemCode: r.itemCode,
      entries: 0,
      recordedPoints: 0,
      draftPoints: 0,
      note: null,
    };
    if (r.entryId) delta.entries += 1;
    delta.recordedPoints = round2(delta.recordedPoints + r.recordedPoints);
    delta.draftPoints = round2(delta.draftPoints + r.draftPoints);
    delta.note = delta.note ?? r.note;
    items.set(r.itemCode, delta);
    byPerson.set(r.residentId, items);
  }
  return new Map([...byPerson].map(([id, items]) => [id, [...items.values()]]));
}

/**
 * Each person side by side under the list and under the draft. Both line sets come from the same
 * people in the same order (gradedYear over one tallyPeople read).
 */
export function comparePeople(
  current: readonly TallyLineDraft[],
  draft: readonly TallyLineDraft[],
  rescored: readonly Rescored[],
): PersonPreview[] {
  const deltas = itemDeltas(rescored);
  const draftOf = new Map(draft.map((l) => [l.residentId, l]));
  return current.map((line) => {
    const next = draftOf.get(line.residentId) as TallyLineDraft;
    const [a, b] = [figuresOf(line), figuresOf(next)];
    return {
      residentId: line.residentId,
      residentName: line.residentName,
      subjectTypes: [...line.subjectTypes] as SubjectType[],
      current: a,
      draft: b,
      gradeChanged:
        a.evaluation.partyMember?.grade !== b.evaluation.partyMember?.grade ||
        a.evaluation.representative?.grade !== b.evaluation.representative?.grade,
      starsChanged: a.evaluation.stars !== b.evaluation.stars,
      scoreChanged: a.creditScore !== b.creditScore || a.roleDutyScore !== b.roleDutyScore,
      items: deltas.get(line.residentId) ?? [],
    };
  });
}

function gradeCounts(grades: (Grade | null)[]): GradeCounts {
  const count = (g: Grade) => grades.filter((x) => x === g).length;
  return {
    excellent: count(Grade.EXCELLENT),
    qualified: count(Grade.QUALIFIED),
    basic: count(Grade.BASIC),
    unqualified: count(Grade.UNQUALIFIED),
    ungraded: grades.filter((x) => x === null).length,
  };
}

function villageFigures(people: readonly PersonFigures[]): VillageFigures {
  const total = people.reduce((sum, p) => sum + p.creditScore, 0);
  const graded = (track: 'partyMember' | 'representative') =>
    people.flatMap((p) => {
      const subject = p.evaluation[track];
      return subject ? [subject.grade] : [];
    });
  const stars = people.map((p) => p.evaluation.stars).filter((s): s is number => s !== null);
  return {
    averageCreditScore: people.length ? round2(total / people.length) : null,
    partyMemberGrades: gradeCounts(graded('partyMember')),
    representativeGrades: gradeCounts(graded('representative')),
    stars: [1, 2, 3, 4, 5].map((n) => ({ stars: n, count: stars.filter((s) => s === n).length })),
  };
}

/** The village's figures side by side, and how many people and entries the draft changes. */
export function compareVillage(
  people: readonly PersonPreview[],
  rescored: readonly Rescored[],
): VillageComparison {
  return {
    residents: people.length,
    rescoredEntries: rescored.filter((r) => r.entryId !== null && differs(r)).length,
    changedPeople: people.filter((p) => p.gradeChanged || p.starsChanged).length,
    scoreChangedPeople: people.filter((p) => p.scoreChanged).length,
    current: villageFigures(people.map((p) => p.current)),
    draft: villageFigures(people.map((p) => p.draft)),
  };
}
