import { CADRE_SUBJECTS, SubjectType } from '@village/platform-common';
import type { ScoreRules } from '@village/rulebook';
import { RankGroup } from './tally-enums';
import type { HashedLine } from './tally-hash';
import type { ResidentSums, TallyPerson } from './tally-inputs';
import { rankWithinGroups } from './tally-ranking';

export type TallyLineDraft = HashedLine;

const round2 = (value: number) => Math.round(value * 100) / 100;
const NO_POINTS: ResidentSums = { credit: 0, periodCredit: 0, roleDuty: 0, periodRoleDuty: 0, vetoed: false };

/** Party members, representatives and village cadres: scored on the role-duty track too. */
export function isKeyPerson(subjectTypes: readonly SubjectType[]): boolean {
  return (
    subjectTypes.includes(SubjectType.PARTY_MEMBER) ||
    subjectTypes.includes(SubjectType.REPRESENTATIVE) ||
    subjectTypes.some((t) => CADRE_SUBJECTS.includes(t))
  );
}

/**
 * Every person's line: base + points per track (role-duty only for key people), ranked within their
 * group. Pure, so the same inputs always give the same lines and the same hash.
 */
export function buildTallyLines(
  people: readonly TallyPerson[],
  sums: ReadonlyMap<string, ResidentSums>,
  rules: Pick<ScoreRules, 'creditBaseScore' | 'roleDutyBaseScore'>,
): TallyLineDraft[] {
  const unranked = people.map((person) => {
    const s = sums.get(person.id) ?? NO_POINTS;
    const key = isKeyPerson(person.subjectTypes);
    return {
      residentId: person.id,
      residentName: person.name,
      subjectTypes: person.subjectTypes,
      probationary: person.probationary,
      creditPoints: round2(s.credit),
      creditScore: round2(rules.creditBaseScore + s.credit),
      periodCreditPoints: round2(s.periodCredit),
      roleDutyPoints: key ? round2(s.roleDuty) : null,
      roleDutyScore: key ? round2(rules.roleDutyBaseScore + s.roleDuty) : null,
      periodRoleDutyPoints: key ? round2(s.periodRoleDuty) : null,
      rankGroup: key ? RankGroup.KEY : RankGroup.VILLAGER,
      rank: 0,
      vetoed: s.vetoed,
      evaluation: null,
    };
  });
  const ranks = rankWithinGroups(unranked);
  return unranked.map((line, i) => ({ ...line, rank: ranks[i] }));
}
