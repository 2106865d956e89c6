import { SubjectType } from '@village/platform-common';
import { DEFAULT_SCORE_RULES, ItemDirection, ScoreTrack } from '@village/rulebook';
import type { ResidentSums, TallyPerson } from '@village/scoring';
import { Grade } from '../evaluation/grading';
import { affectedCodes } from './item-changes';
import { byCode, entry, item } from './preview.fixtures';
import type { PreviewEntry } from './preview-entry';
import { previewVillage, type RuleSet } from './preview-village';

const rules = { ...DEFAULT_SCORE_RULES };
const villager = (id: string): TallyPerson => ({
  id,
  name: id,
  subjectTypes: [SubjectType.VILLAGER],
  probationary: false,
});
const member = (id: string): TallyPerson => ({
  id,
  name: id,
  subjectTypes: [SubjectType.PARTY_MEMBER, SubjectType.VILLAGER],
  probationary: false,
});

/** The recorded year sums of `entries`, as ledgerSums would give them. */
function sumsOf(entries: PreviewEntry[]): Map<string, ResidentSums> {
  const sums = new Map<string, ResidentSums>();
  for (const e of entries) {
    const s = sums.get(e.residentId) ?? {
      credit: 0,
      periodCredit: 0,
      roleDuty: 0,
      periodRoleDuty: 0,
      vetoed: false,
    };
    if (e.track === ScoreTrack.CREDIT) s.credit += e.points;
    else s.roleDuty += e.points;
    sums.set(e.residentId, s);
  }
  return sums;
}

const petition = item('N08', { direction: ItemDirection.NEGATIVE, pointsMin: 10, pointsMax: 10 });
const absence = item('N34', {
  direction: ItemDirection.NEGATIVE,
  pointsMin: 3,
  pointsMax: 3,
  track: ScoreTrack.ROLE_DUTY,
  subjectTypes: [SubjectType.PARTY_MEMBER],
});
const list: RuleSet = { items: byCode(petition, absence), rules };

function preview(people: TallyPerson[], entries: PreviewEntry[], draft: RuleSet) {
  return previewVillage(
    { people, recordedSums: sumsOf(entries), entries, appraisals: new Map() },
    list,
    draft,
    affectedCodes(list.items, draft.items),
  );
}

describe('a village’s year under a draft (previewVillage)', () => {
  it('a lowered deduction lifts a villager from one star to two, and nobody else moves', () => {
    // 1000 − 10 = 990 is not above 990 (two stars); 1000 − 8 = 992 is.
    const people = [villager('王芳'), villager('李强')];
    const entries = [entry('王芳', 'N08', -10)];
    const draft = { rules, items: byCode({ ...petition, pointsMin: 8, pointsMax: 8 }, absence) };
    const { people: rows, summary } = preview(people, entries, draft);
    const wang = rows.find((p) => p.residentId === '王芳');
    expect(wang).toMatchObject({ starsChanged: true, scoreChanged: true, gradeChanged: false });
    expect([wang?.current.creditScore, wang?.draft.creditScore]).toEqual([990, 992]);
    expect([wang?.current.evaluation.stars, wang?.draft.evaluation.stars]).toEqual([1, 2]);
    expect(wang?.items).toEqual([
      { itemCode: 'N08', entries: 1, recordedPoints: -10, draftPoints: -8, note: null },
    ]);
    expect(rows.find((p) => p.residentId === '李强')?.starsChanged).toBe(false);
    expect(summary).toMatchObject({
      residents: 2,
      rescoredEntries: 1,
      changedPeople: 1,
      scoreChangedPeople: 1,
    });
    const starCounts = (figures: typeof summary.current) => figures.stars.map((s) => s.count);
    expect(starCounts(summary.current)).toEqual([1, 1, 0, 0, 0]); // 李强 stands at 1000: two stars
    expect(starCounts(summary.draft)).toEqual([0, 2, 0, 0, 0]);
    expect(summary.current.averageCreditScore).toBe(995);
    expect(summary.draft.averageCreditScore).toBe(996);
  });

  it('a lighter role-duty deduction lifts a party member from 基本合格 to 合格', () => {
    // 12 × −3 = −36: role duty 64, composite 0.7 × 64 + 30 = 74.8 (基本合格); at −2.4: 71.2 → 79.84 (合格).
    const people = [member('于建国')];
    const entries = Array.from({ length: 12 }, () =>
      entry('于建国', 'N34', -3, { track: ScoreTrack.ROLE_DUTY }),
    );
    const draft = { rules, items: byCode(petition, { ...absence, pointsMin: 2.4, pointsMax: 2.4 }) };
    const [yu] = preview(people, entries, draft).people;
    expect(yu.current.evaluation.partyMember).toMatchObject({ composite: 74.8, grade: Grade.BASIC });
    expect(yu.draft.evaluation.partyMember).toMatchObject({ composite: 79.84, grade: Grade.QUALIFIED });
    expect(yu).toMatchObject({ gradeChanged: true, starsChanged: false });
    expect([yu.current.roleDutyScore, yu.draft.roleDutyScore]).toEqual([64, 71.2]);
  });

  it('the draft’s score rules grade the same sums differently (a framework draft)', () => {
    const people = [villager('王芳')];
    const entries = [entry('王芳', 'N08', -10)];
    const { people: rows } = preview(people, entries, { ...list, rules: { ...rules, twoStarAbove: 980 } });
    expect(rows[0]).toMatchObject({ starsChanged: true, scoreChanged: false, items: [] });
  });

  it('a standing direct judgement caps the stars on both sides, whatever the draft does to points', () => {
    const people = [villager('王芳')];
    const entries = [entry('王芳', 'N08', -10)];
    const draft = { rules, items: byCode({ ...petition, pointsMin: 8, pointsMax: 8 }, absence) };
    const judgements = new Map([
      ['王芳', [{ itemCode: 'N39', itemName: '直接认定', grade: null, stars: 1 }]],
    ]);
    const [wang] = previewVillage(
      { people, recordedSums: sumsOf(entries), entries, appraisals: new Map(), judgements },
      list,
      draft,
      affectedCodes(list.items, draft.items),
    ).people;
    // 992 would be two stars under the draft; the judgement holds both at one.
    expect([wang.current.creditScore, wang.draft.creditScore]).toEqual([990, 992]);
    expect([wang.current.evaluation.stars, wang.draft.evaluation.stars]).toEqual([1, 1]);
    expect(wang.starsChanged).toBe(false);
  });

  it('a draft that changes nothing previews the year exactly as recorded', () => {
    const people = [villager('王芳'), member('于建国')];
    const entries = [entry('王芳', 'N08', -10), entry('于建国', 'N34', -3, { track: ScoreTrack.ROLE_DUTY })];
    const { people: rows, summary } = preview(people, entries, list);
    expect(rows.every((p) => !p.scoreChanged && !p.gradeChanged && !p.starsChanged)).toBe(true);
    expect(summary.current).toEqual(summary.draft);
    expect(summary.rescoredEntries).toBe(0);
  });
});
