import type { ScoreTrack } from '@village/rulebook';

/**
 * What the what-if preview reads of one ledger entry: the act (who, when, how much), how it was
 * scored (points, multiplier) and the item it was scored under (its code; the name frozen with it).
 */
export interface PreviewEntry {
  id: string;
  seq: number;
  residentId: string;
  kind: 'NORMAL' | 'REVERSAL';
  reversesEntryId: string | null;
  itemCode: string;
  itemName: string;
  track: ScoreTrack;
  /** Signed, as recorded. */
  points: number;
  quantity: number | null;
  repeatMultiplier: number;
  actedOn: string;
}

/**
 * One scored contribution as recorded and as the draft would have scored it: an entry, or a
 * resident's milestone result under the draft (no entry of its own: `entryId` null).
 */
export interface Rescored {
  entryId: string | null;
  residentId: string;
  itemCode: string;
  recordedTrack: ScoreTrack;
  recordedPoints: number;
  draftTrack: ScoreTrack;
  draftPoints: number;
  /** Why the draft scores it differently (plain Chinese), or null when it scores it alike. */
  note: string | null;
}

export const round2 = (n: number) => Math.round(n * 100) / 100 || 0;
