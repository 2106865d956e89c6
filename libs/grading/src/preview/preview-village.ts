import type { ScoreRules } from '@village/rulebook';
import type { ResidentSums, TallyPerson, YearStandings } from '@village/scoring';
import type { YearAppraisals } from '../year-end/year-evaluation';
import { draftSums, gradedYear } from './graded-year';
import type { AffectedCodes, ItemsByCode } from './item-changes';
import { compareVillage, comparePeople, type PersonPreview, type VillageComparison } from './preview-compare';
import type { PreviewEntry } from './preview-entry';
import { rescoreVillage } from './rescore-village';

/** The rules a village's year is graded by: its items by code and the district's score rules. */
export interface RuleSet {
  items: ItemsByCode;
  rules: ScoreRules;
}

/** Everything the preview knows of one village's year, read in one transaction. */
export interface VillageYear {
  people: readonly TallyPerson[];
  /** Year sums per resident over the whole ledger, as recorded. */
  recordedSums: ReadonlyMap<string, ResidentSums>;
  /** The entries of the codes `codes.read` names. */
  entries: readonly PreviewEntry[];
  appraisals: YearAppraisals;
  /**
   * Direct judgements standing in the year, as frozen on their entries: a draft's points do not move
   * them, so both sides are graded with them (absent: none).
   */
  judgements?: YearStandings['judgements'];
}

export interface VillagePreviewResult {
  people: PersonPreview[];
  summary: VillageComparison;
}

/**
 * One village's year under its adopted list and under the draft, person by person (pure): the
 * entries rescored, the sums moved by the difference, then both graded as the year tally grades.
 */
export function previewVillage(
  year: VillageYear,
  current: RuleSet,
  draft: RuleSet,
  codes: AffectedCodes,
): VillagePreviewResult {
  const { rescored, currentVetoes, draftVetoes } = rescoreVillage(
    year.entries,
    current.items,
    draft.items,
    codes,
  );
  const judgements = year.judgements ?? new Map();
  const before = gradedYear(
    year.people,
    year.recordedSums,
    currentVetoes,
    year.appraisals,
    current.rules,
    judgements,
  );
  const after = gradedYear(
    year.people,
    draftSums(year.recordedSums, rescored),
    draftVetoes,
    year.appraisals,
    draft.rules,
    judgements,
  );
  const people = comparePeople(before, after, rescored);
  return { people, summary: compareVillage(people, rescored) };
}
