import { createHash } from 'node:crypto';
import { stableJson } from '@village/platform-common';

/**
 * The canonical form of a published artefact (docs/public-notice-format.md): a JSON object whose keys
 * are sorted at every level, with no whitespace, strings escaped as JSON.stringify does, and every
 * number written as a string (points with two decimals), so any tool on any platform rebuilds the same
 * bytes. Its digest is SHA-256 over those bytes in UTF-8, in lower-case hex.
 */
export const CANONICAL_FORMAT = 'village-notice/1';

export enum ArtefactKind {
  TALLY_NOTICE = 'TALLY_NOTICE',
  HONOUR_LIST = 'HONOUR_LIST',
  PAYOUT_PLAN = 'PAYOUT_PLAN',
}

export interface CanonicalArtefact {
  format: typeof CANONICAL_FORMAT;
  kind: ArtefactKind;
  /** The source row's id (the notice, honour list or payout plan): the public page's address. */
  id: string;
  district: string;
  town: string;
  village: string | null;
  title: string;
  /** When the artefact was posted (Beijing date) and, for a notice, the end of its window. */
  postedOn: string;
  windowEndsOn: string | null;
  /** The internal content hash the artefact was posted with (the tally's, the plan's), for auditors. */
  sourceHash: string | null;
  columns: string[];
  rows: string[][];
}

export function canonicalText(artefact: CanonicalArtefact): string {
  return stableJson(artefact);
}

export function digestOf(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Points as the canonical form writes them. */
export function points(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : Number(value).toFixed(2);
}
