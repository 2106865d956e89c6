import { chainHash, GENESIS_HASH } from '@village/platform-common';

export interface ChainedEntry {
  seq: number;
  kind: string;
  artefactId: string;
  digest: string;
  prevHash: string;
  entryHash: string;
}

/** The hash of one log entry: SHA-256(prev ‖ '|' ‖ "seq|kind|artefactId|digest"), lower-case hex. */
export function entryHashOf(
  prevHash: string,
  e: Pick<ChainedEntry, 'seq' | 'kind' | 'artefactId' | 'digest'>,
) {
  return chainHash(prevHash, `${e.seq}|${e.kind}|${e.artefactId}|${e.digest}`);
}

/** The first entry (by seq, from 1) whose link or hash does not hold, or null when the chain is whole. */
export function firstBrokenEntry(entries: readonly ChainedEntry[]): number | null {
  let prev = GENESIS_HASH;
  for (const [index, e] of entries.entries()) {
    if (e.seq !== index + 1 || e.prevHash !== prev || entryHashOf(prev, e) !== e.entryHash) return e.seq;
    prev = e.entryHash;
  }
  return null;
}
