import { randomBytes } from 'node:crypto';

const runTag = randomBytes(2).toString('hex');
let sequence = 0;

/** A short value no other arranged row of this run has: codes, usernames, names. */
export function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}${runTag}${String(sequence).padStart(4, '0')}`;
}

/** The next number of this worker, for what must differ between arranged rows (ID numbers). */
export function nextNumber(): number {
  sequence += 1;
  return sequence;
}
