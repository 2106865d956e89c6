import type { ItemFields } from '@village/rulebook';

/** The items a village scores by, by code. */
export type ItemsByCode = ReadonlyMap<string, ItemFields>;

// What decides an approved act's points, the track they count on and whether it vetoes: the name,
// description, evidence and subjects do not change a recorded act's score, so they are left out.
function scoringKey(item: ItemFields): string {
  return JSON.stringify([
    item.direction,
    item.track,
    item.pointsMin,
    item.pointsMax,
    item.perUnitPoints,
    item.pointLevels,
    (item.amountBands ?? []).map((b) => [b.from, b.to, b.points, b.perUnit]),
    item.roundingStep,
    item.roundingMode,
    item.perActMax,
    item.capPerMonth,
    item.capPerQuarter,
    item.capPerYear,
    item.capGroup,
    item.capMode,
    item.validityMonths,
    item.repeatMultiplier,
    item.veto,
    item.milestoneSources,
    item.milestoneSpan,
    (item.milestones ?? []).map((m) => [m.threshold, m.points]),
  ]);
}

export function scoresAlike(a: ItemFields, b: ItemFields): boolean {
  return scoringKey(a) === scoringKey(b);
}

/** Which codes the preview must read and rescore for one village. */
export interface AffectedCodes {
  /** Items the draft scores differently from the village's list, or drops. */
  changed: Set<string>;
  /** Entries of these are rescored: the changed items, the members of their cap groups, the milestones fed by them. */
  rescored: Set<string>;
  /** Entries of these are read: the rescored, the sources of rescored milestones, every veto item. */
  read: Set<string>;
}

/**
 * The codes a draft touches in a village. A cap shared by a group is counted across the group, so a
 * change to one member rescored the others' acts too; a milestone sums its sources, so a source
 * dropped by the draft changes the milestone. Veto items are always read: vetoes are few, and who
 * stands vetoed is worked out from the entries under both rules alike.
 */
export function affectedCodes(current: ItemsByCode, draft: ItemsByCode): AffectedCodes {
  const changed = new Set<string>();
  for (const [code, item] of current) {
    const next = draft.get(code);
    if (!next || !scoresAlike(item, next)) changed.add(code);
  }
  const rescored = new Set(changed);
  const groups = new Set<string>();
  for (const code of changed) {
    for (const item of [current.get(code), draft.get(code)]) if (item?.capGroup) groups.add(item.capGroup);
  }
  for (const items of [current, draft]) {
    for (const [code, item] of items) if (item.capGroup && groups.has(item.capGroup)) rescored.add(code);
  }
  const read = new Set(rescored);
  for (const items of [current, draft]) {
    for (const [code, item] of items) {
      if (item.veto) read.add(code);
      const sources = item.milestoneSources ?? [];
      if (!item.milestones?.length) continue;
      if (rescored.has(code) || sources.some((s) => rescored.has(s))) {
        rescored.add(code);
        read.add(code);
        for (const source of sources) read.add(source);
      }
    }
  }
  return { changed, rescored, read };
}
