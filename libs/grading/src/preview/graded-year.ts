import type { ScoreRules } from '@village/rulebook';
import {
  buildTallyLines,
  type ResidentSums,
  type TallyLineDraft,
  type TallyPerson,
  type YearStandings,
} from '@village/scoring';
import { evaluateLines, type YearAppraisals } from '../year-end/year-evaluation';
import { round2, type Rescored } from './preview-entry';

const NO_POINTS: ResidentSums = { credit: 0, periodCredit: 0, roleDuty: 0, periodRoleDuty: 0, vetoed: false };

/**
 * The year's lines with grades and stars, exactly as the year tally builds and grades them
 * (buildTallyLines, then evaluateLines), from the sums and vetoes given.
 */
export function gradedYear(
  people: readonly TallyPerson[],
  sums: ReadonlyMap<string, ResidentSums>,
  vetoes: ReadonlyMap<string, readonly string[]>,
  appraisals: YearAppraisals,
  rules: ScoreRules,
  // Direct judgements stand as frozen on their entries, whatever the draft does to points.
  judgements: YearStandings['judgements'] = new Map(),
): TallyLineDraft[] {
  const withVetoes = new Map(
    people.map((p) => [p.id, { ...(sums.get(p.id) ?? NO_POINTS), vetoed: vetoes.has(p.id) }]),
  );
  return evaluateLines(buildTallyLines(people, withVetoes, rules), { vetoes, judgements }, appraisals, rules);
}

/**
 * The recorded year sums with every rescored contribution swapped for what the draft gives it (on
 * the draft's track). The recorded sums come from the whole ledger (ledgerSums); only the rescored
 * entries were read, so only they move.
 */
export function draftSums(
  recorded: ReadonlyMap<string, ResidentSums>,
  rescored: readonly Rescored[],
): Map<string, ResidentSums> {
  const sums = new Map<string, ResidentSums>();
  for (const [id, s] of recorded) sums.set(id, { ...s });
  const add = (residentId: string, track: string, points: number) => {
    const s = sums.get(residentId) ?? { ...NO_POINTS };
    if (track === 'CREDIT') s.credit = round2(s.credit + points);
    else s.roleDuty = round2(s.roleDuty + points);
    s.periodCredit = s.credit;
    s.periodRoleDuty = s.roleDuty;
    sums.set(residentId, s);
  };
  for (const r of rescored) {
    if (r.recordedPoints === r.draftPoints && r.recordedTrack === r.draftTrack) continue;
    add(r.residentId, r.recordedTrack, -r.recordedPoints);
    add(r.residentId, r.draftTrack, r.draftPoints);
  }
  return sums;
}
